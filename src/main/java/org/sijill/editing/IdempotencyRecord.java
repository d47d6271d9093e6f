package org.sijill.editing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Stores an idempotent write's answer in the command's own unit of work, after its handler succeeded
 * and before the transaction commits, so the write and its answer are committed together or not at all.
 * When the key is already taken (committed, or earlier in the same group) the command is rolled back
 * with {@link AlreadyAnsweredException}; a concurrent claim still in flight makes the insert wait for it.
 */
@Component
class IdempotencyRecord implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyRecord(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork.getMessage().getMetaData().get(StoredAnswer.METADATA) instanceof StoredAnswer answer) {
            int stored = jdbc.sql("""
                            INSERT INTO idempotent_request (principal, request_key, fingerprint, status, location, body,
                                created_at)
                            VALUES (:principal, :key, :fingerprint, :status, :location, :body, :now)
                            ON CONFLICT DO NOTHING""")
                    .param("principal", answer.principal()).param("key", answer.key())
                    .param("fingerprint", answer.fingerprint()).param("status", answer.status())
                    .param("location", answer.location()).param("body", answer.body())
                    .param("now", Timestamp.from(clock.instant())).update();
            if (stored == 0) {
                throw new AlreadyAnsweredException();
            }
        }
        return result;
    }
}
