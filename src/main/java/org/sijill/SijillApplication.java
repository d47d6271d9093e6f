package org.sijill;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Sijill: an event-sourced chronology of the international coalition's military presence in Iraq. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SijillApplication {

    public static void main(String[] args) {
        SpringApplication.run(SijillApplication.class, args);
    }

    /** The record-time clock; aggregates never read it, the command senders do. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
