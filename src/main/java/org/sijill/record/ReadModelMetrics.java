package org.sijill.record;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges of the record (read at each scrape): the event store's head, the read model's
 * position, and the lag between them, the number of stored events the read model has not applied yet.
 * A database that cannot be reached reads as NaN rather than failing the scrape.
 */
@Component
class ReadModelMetrics {

    ReadModelMetrics(MeterRegistry registry, ReadModelSync readModel) {
        Gauge.builder("sijill.record.head", readModel, m -> safely(m::head))
                .description("Global index of the last stored event").register(registry);
        Gauge.builder("sijill.read_model.position", readModel, m -> safely(m::position))
                .description("Global index up to which the read model (fact-versions) has applied every event")
                .register(registry);
        Gauge.builder("sijill.read_model.lag", readModel, m -> safely(() -> Math.max(0, m.head() - m.position())))
                .description("Stored events the read model has not applied yet").register(registry);
    }

    private static double safely(java.util.function.LongSupplier value) {
        try {
            return value.getAsLong();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
