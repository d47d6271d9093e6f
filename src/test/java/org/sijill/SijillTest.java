package org.sijill;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a fresh embedded PostgreSQL under target/test-data, with the bundled
 * chronology imported. Classes with this annotation share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chronology.data-dir=target/test-data/${random.uuid}")
public @interface SijillTest {
}
