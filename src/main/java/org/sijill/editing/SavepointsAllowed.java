package org.sijill.editing;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * {@link WritePipeline} puts each write behind a savepoint of its group's transaction; Boot's JPA
 * transaction manager allows none until told so.
 */
@Configuration(proxyBeanMethods = false)
class SavepointsAllowed {

    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> allowSavepoints() {
        return transactionManager -> transactionManager.setNestedTransactionAllowed(true);
    }
}
