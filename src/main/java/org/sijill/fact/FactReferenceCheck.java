package org.sijill.fact;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sijill.agreement.AgreementCatalog;
import org.sijill.base.BaseCatalog;
import org.sijill.shared.Checks;
import org.sijill.shared.Violation;
import org.sijill.source.SourceCatalog;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a fact that cites an unregistered source or names an unregistered base or agreement. Runs on
 * the command bus, inside the command's transaction, so the aggregate itself stays free of I/O.
 */
@Component
class FactReferenceCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final SourceCatalog sources;
    private final BaseCatalog bases;
    private final AgreementCatalog agreements;

    FactReferenceCheck(SourceCatalog sources, BaseCatalog bases, AgreementCatalog agreements) {
        this.sources = sources;
        this.bases = bases;
        this.agreements = agreements;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (command instanceof RecordFact record && record.content() != null) {
            check(record.content().sources(), record.content().data());
        } else if (command instanceof CorrectFact correct && correct.correction() != null) {
            check(correct.correction().sources(), correct.correction().data());
        } else if (command instanceof ReviseFromSeed revise && revise.content() != null) {
            check(revise.content().sources(), revise.content().data());
        }
        return chain.proceed();
    }

    /**
     * Only well-formed ids are looked up: a malformed one is the aggregate's violation to report, and a lookup
     * the database refuses (a zero byte) would mark the write's whole transaction rollback-only.
     */
    private static boolean wellFormed(String id) {
        return Checks.ID.matcher(id).matches();
    }

    void check(List<SourceRef> citations, Map<String, Object> data) {
        List<Violation> violations = new ArrayList<>();
        if (citations != null) {
            for (int i = 0; i < citations.size(); i++) {
                SourceRef ref = citations.get(i);
                if (ref != null && ref.sourceId() != null && wellFormed(ref.sourceId()) && !sources.exists(ref.sourceId())) {
                    violations.add(new Violation("sources[" + i + "].sourceId", "unknown source " + ref.sourceId()));
                }
            }
        }
        for (Field field : FactKind.referenceFields()) {
            List<String> ids = data == null ? List.of() : field.idsIn(data);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (!wellFormed(id)) {
                    continue;
                }
                boolean known = switch (field.reference()) {
                    case BASE -> bases.exists(id);
                    case AGREEMENT -> agreements.exists(id);
                };
                if (!known) {
                    violations.add(new Violation("data." + field.name() + (field.type() == Field.Type.IDS ? "[" + i + "]" : ""),
                            "unknown " + field.reference().name().toLowerCase() + " " + id));
                }
            }
        }
        Checks.throwIfAny(violations);
    }
}
