package org.sijill.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

/**
 * With {@code chronology.read-replica.url} set, the application's DataSource ({@code dataSource}, the embedded
 * database's or Boot's) becomes a {@link ReadRoute} over it and a pool on the replica. The replica's pool may start
 * empty: a replica that is down at start, or later, only sends reads to the primary until it answers again.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${chronology.read-replica.url:}'.isBlank()")
class ReplicaConfig {

    private static final Logger log = LoggerFactory.getLogger(ReplicaConfig.class);

    @Bean
    static BeanPostProcessor readRoute(Environment environment) {
        ReplicaProperties properties = Binder.get(environment).bindOrCreate("chronology.read-replica",
                ReplicaProperties.class);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof ReadRoute) {
                    return bean;
                }
                HikariDataSource replica = new HikariDataSource();
                replica.setPoolName("replica");
                replica.setJdbcUrl(properties.url());
                String user = properties.username();
                String password = properties.password();
                if ((user == null || user.isBlank()) && primary instanceof HikariDataSource hikari) {
                    user = hikari.getUsername();
                    password = hikari.getPassword();
                }
                replica.setUsername(user);
                replica.setPassword(password);
                replica.setReadOnly(true);
                replica.setMaximumPoolSize(properties.poolSize());
                replica.setConnectionTimeout(2000);
                replica.setInitializationFailTimeout(-1);
                log.info("Reads on the replica {} as {}; writes, audits and start-up on the primary",
                        properties.url().replaceAll("(?i)password=[^&;]*", "password=…"), user);
                return new ReadRoute(primary, replica);
            }
        };
    }

    /**
     * Before the read caching filter ({@code record.ReadCaching}, at {@code HIGHEST_PRECEDENCE + 10}), whose ETag is
     * the head of the database the read goes to: a tag must name the state of the answer it comes with.
     */
    @Bean
    FilterRegistrationBean<ReplicaReads> replicaReads(Replication replication) {
        var registration = new FilterRegistrationBean<>(new ReplicaReads(replication));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }
}
