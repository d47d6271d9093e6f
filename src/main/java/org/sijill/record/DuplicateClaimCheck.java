package org.sijill.record;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.fact.RecordFact;
import org.sijill.shared.DuplicateClaimException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Refuses a new claim an active fact already states ({@link DuplicateClaims}): 409 naming that fact, whose sources a
 * correction can extend. Runs on the command bus inside the write's transaction, after the citation check
 * ({@link Order} 20 after 10), so a bad request is a 400 first; content the rules refuse is not compared (the
 * aggregate names its violations).
 */
@Component
@Order(20)
class DuplicateClaimCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final DuplicateClaims duplicates;

    DuplicateClaimCheck(DuplicateClaims duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof RecordFact record && record.content() != null) {
            List<String> same = duplicates.activeFactsStating(record.content());
            if (!same.isEmpty()) {
                throw new DuplicateClaimException(same.get(0));
            }
        }
        return chain.proceed();
    }
}
