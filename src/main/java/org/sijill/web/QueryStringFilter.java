package org.sijill.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.sijill.shared.Violation;
import org.springframework.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses, with a 400 problem, a query string that is not well-formed: a bad percent escape, or bytes
 * that are not UTF-8 (such as {@code ?q=%D8%D8%D8}). Checked before the container decodes parameters,
 * which would otherwise fail deep inside a handler and surface as a 500.
 *
 * <p>Hand-written: the servlet container reports such a query only as an exception of its own when a
 * parameter is first read, with no hook to answer it; this filter answers it the API's way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class QueryStringFilter extends OncePerRequestFilter {

    private final Problems problems;

    QueryStringFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !wellFormed(query)) {
            problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "Invalid input",
                    "The query string is not well-formed UTF-8; nothing was done.",
                    Map.of("errors", List.of(new Violation("query", "must be percent-encoded UTF-8")))));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean wellFormed(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else if (c > 0x7F) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
