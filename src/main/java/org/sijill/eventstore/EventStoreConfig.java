package org.sijill.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The event store and serializers, wired explicitly: events and metadata are Jackson 2 JSON (Axon 4's
 * serializer; the rest of the application uses Boot 4's Jackson 3) in BYTEA columns of the Flyway-owned
 * tables of V1__event_store.sql.
 * JSON is written as {@link EventJson} says.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfig {

    @Bean
    ObjectMapper axonObjectMapper() {
        return EventJson.mapper();
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper axonObjectMapper) {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * The connection of the Spring transaction in progress (DataSourceUtils), released, not closed, after use.
     * Not wrapped in Axon's {@code UnitOfWorkAwareConnectionProviderWrapper}: that wrapper commits the
     * connection when a root unit of work commits, which would commit a write group's or an import file's
     * transaction after its first command. Transactions are Spring's alone ({@code WritePipelineIT},
     * {@code SeedImportIT} fail if a command commits them early).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /** PostgreSQL's unique_violation: a second event for the same aggregate and sequence number. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          StorageProperties storage) {
        int batchSize = storage.eventStore().batchSize();
        return new SnapshotFreeStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(batchSize));
    }

    /**
     * Axon's embedded event store. Nothing tracks it: every event processor is subscribing (see
     * {@link #subscribingByDefault}), so no reader thread, read-ahead or token store is needed.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine) {
        return EmbeddedEventStore.builder().storageEngine(storageEngine).build();
    }

    /**
     * Every processing group is subscribing unless configured otherwise: its handlers write in the
     * transaction of the write whose events they see, so a write is readable the moment it commits
     * (Axon 4's default, a tracking processor, would silently lose that). A handler's exception propagates
     * and fails the write (Axon's default, LoggingErrorHandler, would log it and let the write commit without
     * its read-model rows). {@link StorageWiringCheck} refuses to start if either is not so.
     */
    @Bean
    ConfigurerModule subscribingByDefault() {
        return configurer -> configurer.eventProcessing().usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
