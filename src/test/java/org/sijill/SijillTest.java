package org.sijill;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a fresh embedded PostgreSQL under target/test-data, with the bundled
 * chronology imported and the three users configured. Classes with this annotation share one cached
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chronology.data-dir=target/test-data/${random.uuid}",
                "chronology.security.editor-password=" + SijillTest.EDITOR_PASSWORD,
                "chronology.security.analyst-password=" + SijillTest.ANALYST_PASSWORD,
                "chronology.security.auditor-password=" + SijillTest.AUDITOR_PASSWORD,
                // Tests stand for clients at several addresses (the sign-in throttle) through X-Forwarded-For.
                "server.forward-headers-strategy=framework"})
public @interface SijillTest {

    String EDITOR_PASSWORD = "editor-test-secret";
    String ANALYST_PASSWORD = "analyst-test-secret";
    String AUDITOR_PASSWORD = "auditor-test-secret";
}
