package org.sijill;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a whole Sijill application on an embedded PostgreSQL kept in the given folder. Settings are
 * passed as command-line arguments, which outrank application.yml (default properties would not). Its answers
 * under /api/v1 are checked against the API document ({@link ApiDocumentCheck}).
 */
public final class TestNode {

    private TestNode() {
    }

    public static ConfigurableApplicationContext start(Path dataDir, String... properties) {
        return start(dataDir, null, properties);
    }

    /** As {@link #start(Path, String...)}, with a listener for the application's start-up events. */
    public static ConfigurableApplicationContext start(Path dataDir,
                                                       org.springframework.context.ApplicationListener<?> listener,
                                                       String... properties) {
        List<String> args = new ArrayList<>(List.of("--chronology.data-dir=" + dataDir, "--server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SijillApplication.class,
                ApiDocumentCheck.Config.class);
        if (listener != null) {
            builder.listeners(listener);
        }
        return builder.run(args.toArray(String[]::new));
    }
}
