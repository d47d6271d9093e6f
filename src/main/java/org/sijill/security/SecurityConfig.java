package org.sijill.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * CONTRACT.md "Users and roles": HTTP Basic; ANALYST reads, EDITOR reads and writes, AUDITOR reads and
 * uses /api/v1/audit/**. Reads outside /audit are open to anonymous callers unless
 * chronology.security.public-read=false. Stateless: credentials come with every request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    static final String ANALYST = "ANALYST";
    static final String EDITOR = "EDITOR";
    static final String AUDITOR = "AUDITOR";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
                            @Value("${chronology.security.public-read:true}") boolean publicRead) throws Exception {
        http.authenticationManager(authentication)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    requests.requestMatchers("/error").permitAll();
                    requests.requestMatchers("/api/v1/audit/**").hasRole(AUDITOR);
                    if (publicRead) {
                        requests.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll();
                    } else {
                        requests.requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(ANALYST, EDITOR, AUDITOR);
                    }
                    requests.requestMatchers("/api/v1/**").hasRole(EDITOR);
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }
}
