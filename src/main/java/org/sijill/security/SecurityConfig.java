package org.sijill.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.micrometer.core.instrument.MeterRegistry;
import org.sijill.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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

import java.time.Clock;
import java.util.List;

/**
 * CONTRACT.md "Users and roles": HTTP Basic; ANALYST reads, EDITOR reads and writes, AUDITOR reads and
 * uses /api/v1/audit/**. Reads outside /audit are open to anonymous callers unless
 * chronology.security.public-read=false. API clients are stateless: credentials come with every request. The page
 * signs in with a form ({@code POST /api/v1/session}) and keeps a session cookie (HttpOnly, SameSite=Strict, expiring
 * after 30 idle minutes); a request that carries that cookie and no credentials must carry the session's CSRF token
 * ({@code GET /api/v1/session}). Sessions live in the node's memory: behind a load balancer the page needs sticky
 * sessions.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    static final String ANALYST = "ANALYST";
    static final String EDITOR = "EDITOR";
    static final String AUDITOR = "AUDITOR";
    static final String SESSION = "/api/v1/session";

    /**
     * The page's policy: its own scripts, styles, fonts, images and API only; no inline script or style, no
     * framing. Swagger UI (a third-party page) also needs inline styles and data: images.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";
    /** The page's policy, with a configured map tile server's origin allowed as an image source. */
    static String pagePolicy(String tileOrigin) {
        return tileOrigin.isEmpty() ? PAGE_POLICY
                : PAGE_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + tileOrigin);
    }

    static final String SWAGGER_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SignInThrottle signInThrottle(SignInProperties settings, Clock clock) {
        return new SignInThrottle(settings, clock);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
                            SecurityProperties properties, SignInThrottle throttle, Problems problemWriter,
                            MeterRegistry meters, SessionAnswers sessions, org.sijill.web.PageProperties page)
            throws Exception {
        boolean publicRead = properties.publicRead();
        RequestMatcher swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.authenticationManager(authentication)
                .addFilterBefore(new SignInGuard(throttle, problemWriter, meters),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                                new StaticHeadersWriter("Content-Security-Policy", pagePolicy(page.tileOrigin()))))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)))
                // A forged request rides on the victim's session cookie: one with Basic credentials of its own, or with
                // no session cookie at all, has nothing to forge, except the sign-in itself (a forged sign-in would
                // sign the victim in as the forger). The token lives in a cookie (XSRF-TOKEN), so reading it creates
                // no server session; only a sign-in does.
                .csrf(csrf -> csrf.csrfTokenRepository(
                                org.springframework.security.web.csrf.CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .ignoringRequestMatchers(
                        request -> SignInGuard.basicUser(request.getHeader(org.springframework.http.HttpHeaders.AUTHORIZATION)) != null,
                        request -> request.getRequestedSessionId() == null
                                && !(HttpMethod.POST.matches(request.getMethod()) && SESSION.equals(request.getRequestURI()))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.loginPage("/").loginProcessingUrl(SESSION).successHandler(sessions)
                        .failureHandler(sessions))
                .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.DELETE, SESSION))
                        .logoutSuccessHandler((request, response, auth) -> response.setStatus(204)))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .cors(cors -> cors.configurationSource(publicReads()))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**").permitAll();
                    for (HttpMethod read : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
                        requests.requestMatchers(read, "/", "/index.html", "/app/**", "/fonts/**", "/vendor/**", "/webjars/**",
                                        "/favicon.ico", "/codebook", "/codebook.html")
                                .permitAll();
                    }
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/actuator/prometheus").hasRole(AUDITOR);
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    requests.requestMatchers("/error").permitAll();
                    requests.requestMatchers(SESSION).permitAll();
                    requests.requestMatchers("/api/v1/audit/**").hasRole(AUDITOR);
                    // A source's text is a third party's document: signed-in users only, whatever public-read says.
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/sources/*/text").authenticated();
                    requests.requestMatchers(HttpMethod.HEAD, "/api/v1/sources/*/text").authenticated();
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
