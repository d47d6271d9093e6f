package org.sijill;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a whole Sijill application on an embedded PostgreSQL kept in the given folder. */
public final class TestNode {

    private TestNode() {
    }

    public static ConfigurableApplicationContext start(Path dataDir, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "chronology.data-dir=" + dataDir,
                "server.port=0"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(SijillApplication.class)
                .properties(all.toArray(String[]::new))
                .run();
    }
}
