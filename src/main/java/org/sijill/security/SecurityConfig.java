package org.sijill.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.util.List;

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
                            SecurityProperties properties) throws Exception {
        boolean publicRead = properties.publicRead();
        http.authenticationManager(authentication)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .cors(cors -> cors.configurationSource(publicReads()))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**").permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/", "/index.html", "/app/**", "/webjars/**", "/favicon.ico")
                            .permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/actuator/prometheus").hasRole(AUDITOR);
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    requests.requestMatchers("/error").permitAll();
                    requests.requestMatchers("/api/v1/audit/**").hasRole(AUDITOR);
                    if (publicRead) {
                        requests.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, "/api/v1/**").permitAll();
                    } else {
                        requests.requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(ANALYST, EDITOR, AUDITOR);
                        requests.requestMatchers(HttpMethod.HEAD, "/api/v1/**").hasAnyRole(ANALYST, EDITOR, AUDITOR);
                    }
                    requests.requestMatchers("/api/v1/**").hasRole(EDITOR);
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    /**
     * Cross-origin reads for notebooks and other pages (CONTRACT.md "Formats"): GET and HEAD from any
     * origin, with the headers a client needs to read (ETag, Location); writes and audit stay same-origin.
     */
    private static CorsConfigurationSource publicReads() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.addAllowedOriginPattern("*");
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowedHeaders(List.of("Authorization", "Accept", "If-None-Match"));
        reads.setExposedHeaders(List.of("ETag", "Location", "Content-Disposition", "Retry-After"));
        reads.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/audit/**", new CorsConfiguration());
        source.registerCorsConfiguration("/api/v1/**", reads);
        return source;
    }
}
