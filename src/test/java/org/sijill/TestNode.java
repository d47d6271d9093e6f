package org.sijill;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a whole Sijill application on an embedded PostgreSQL kept in the given folder. Settings are
 * passed as command-line arguments, which outrank application.yml (default properties would not).
 */
public final class TestNode {

    private TestNode() {
    }

    public static ConfigurableApplicationContext start(Path dataDir, String... properties) {
        List<String> args = new ArrayList<>(List.of("--chronology.data-dir=" + dataDir, "--server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new SpringApplicationBuilder(SijillApplication.class).run(args.toArray(String[]::new));
    }
}
