package org.sijill.record;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.sijill.eventstore.EventLog;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauge of the record (read at each scrape): the event store's head. There is no read-model lag
 * to report: every read model is written in the transaction of the events it shows (the timer
 * {@code sijill.read_model.write} says what that costs a write; {@code /audit/reconciliation} proves no row is
 * missing). A database that cannot be reached reads as NaN rather than failing the scrape.
 */
@Component
class ReadModelMetrics {

    ReadModelMetrics(MeterRegistry registry, EventLog events) {
        Gauge.builder("sijill.record.head", events, ReadModelMetrics::head)
                .description("Global index of the last stored event").register(registry);
    }

    private static double head(EventLog events) {
        try {
            return events.head();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
