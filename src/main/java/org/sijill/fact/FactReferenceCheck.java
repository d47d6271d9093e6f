package org.sijill.fact;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.Violation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a fact whose citations or references are wrong ({@link CitationCheck}). Runs on the command bus, inside
 * the command's transaction, so the aggregate itself stays free of I/O, and first ({@link Order} 10), so that a
 * bad request is a 400 before any conflict (the duplicate check runs after it). A correction with such problems
 * is still handed to the aggregate, and what the aggregate refuses is named in the same answer; the aggregate's
 * events are then never stored, since the exception rolls the unit of work back.
 */
@Component
@Order(10)
class FactReferenceCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CitationCheck citations;

    FactReferenceCheck(CitationCheck citations) {
        this.citations = citations;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        List<Violation> problems = List.of();
        if (command instanceof RecordFact record && record.content() != null) {
            problems = citations.problems(record.content().sources(), record.content().data());
        } else if (command instanceof ReviseFromSeed revise && revise.content() != null) {
            problems = citations.problems(revise.content().sources(), revise.content().data());
        } else if (command instanceof CorrectFact correct && correct.correction() != null) {
            problems = citations.problems(correct.correction().sources(), correct.correction().data());
            if (!problems.isEmpty()) {
                List<Violation> all = new ArrayList<>(problems);
                try {
                    chain.proceed();
                } catch (InvalidCommandException refused) {
                    all.addAll(0, refused.violations());
                } catch (Exception conflict) {
                    // A stale version or a retracted fact: the bad request is answered first (CONTRACT.md "Errors").
                }
                throw new InvalidCommandException(all);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        return chain.proceed();
    }
}
