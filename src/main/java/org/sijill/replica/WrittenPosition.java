package org.sijill.replica;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.time.Duration;

/**
 * Every answer with a body to a write under {@code /api/v1} (any method but GET and HEAD; the session's excepted; every
 * write endpoint answers with a body) names the primary's write-ahead-log position after it in {@value #HEADER} and in
 * the {@value ReplicaReads#COOKIE} cookie: an anonymous read that carries it, on any node, sees the write (a signed-in
 * read sees it anyway, {@link ReplicaReads}). It is read after the write committed and before the answer is sent, so it
 * is at or after the write's commit; a refused write gets one too, which only makes a later read a little fresher.
 */
@ControllerAdvice
@ConditionalOnExpression("!'${chronology.read-replica.url:}'.isBlank()")
class WrittenPosition implements ResponseBodyAdvice<Object> {

    static final String HEADER = "Sijill-Written-Lsn";

    private final Replication replication;

    WrittenPosition(Replication replication) {
        this.replication = replication;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        String method = request.getMethod().name();
        String path = request.getURI().getPath();
        if ("GET".equals(method) || "HEAD".equals(method) || !path.startsWith("/api/v1/")
                || path.startsWith("/api/v1/session")) {
            return body;
        }
        String position = Replication.format(replication.primaryPosition());
        boolean secure = request instanceof ServletServerHttpRequest servlet && servlet.getServletRequest().isSecure();
        response.getHeaders().set(HEADER, position);
        response.getHeaders().add("Set-Cookie", ResponseCookie.from(ReplicaReads.COOKIE, position).path("/api/v1")
                .httpOnly(true).secure(secure).sameSite("Strict").maxAge(Duration.ofMinutes(5)).build().toString());
        return body;
    }
}
