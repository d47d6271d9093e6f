package org.sijill;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a fresh embedded PostgreSQL under target/test-data, with the bundled
 * chronology imported and the three users configured. Classes with this annotation share one cached
 * application context, and every answer they get from /api/v1 is checked against the API document
 * ({@link ApiDocumentCheck}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@org.springframework.context.annotation.Import(ApiDocumentCheck.Config.class)
@org.junit.jupiter.api.extension.ExtendWith(ApiDocumentCheck.Classes.class)
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
