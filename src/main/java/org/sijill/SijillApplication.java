package org.sijill;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sijill: an event-sourced chronology of the international coalition's military presence in Iraq. */
@SpringBootApplication
public class SijillApplication {

    public static void main(String[] args) {
        SpringApplication.run(SijillApplication.class, args);
    }
}
