package org.sijill.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sijill.shared.DuplicateClaimException;
import org.sijill.shared.InvalidCommandException;
import org.sijill.shared.NotFoundException;
import org.sijill.shared.StateConflictException;
import org.sijill.shared.VersionConflictException;
import org.sijill.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Every error as application/problem+json (RFC 9457) with status, title and detail; refusals for bad
 * input add {@code errors: [{field, message}]}, version conflicts add {@code currentVersion}.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalid(InvalidCommandException e, jakarta.servlet.http.HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", read ? "The question was refused: "
                + e.violations().stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input") + "." : "The request was refused; nothing was stored.",
                Map.of("errors", e.violations()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Parameter " + e.getName() + " has the wrong type.",
                Map.of("errors", List.of(new Violation(e.getName(), "has the wrong type"))));
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail versionConflict(VersionConflictException e) {
        return problem(HttpStatus.CONFLICT, "Version conflict", e.getMessage(),
                Map.of("currentVersion", e.currentVersion()));
    }

    @ExceptionHandler(DuplicateClaimException.class)
    ProblemDetail duplicate(DuplicateClaimException e) {
        return problem(HttpStatus.CONFLICT, "Duplicate claim", e.getMessage(), Map.of("factId", e.factId()));
    }

    @ExceptionHandler({StateConflictException.class, AggregateStreamCreationException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof AggregateStreamCreationException ? "The id is already taken." : e.getMessage();
        return problem(HttpStatus.CONFLICT, "Conflict", detail, Map.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentEdit(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Version conflict", "Another edit of the same record won; reload it.",
                Map.of());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage(), Map.of());
    }

    /**
     * The database cannot be reached: fail fast and say so. A write may have been lost with the connection
     * while its commit was in flight, so the answer never claims that nothing was stored: a retry with the
     * same Idempotency-Key gets the first answer if it was, or performs the write once if it was not.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ProblemDetail unavailable(RuntimeException e, jakarta.servlet.http.HttpServletRequest request,
                              jakarta.servlet.http.HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", write
                ? "The database could not be reached while the write was handled: it may or may not be stored. "
                + "Retry it with the same Idempotency-Key: it is then answered with its first answer or done once."
                : "The database cannot be reached. Retry shortly.", Map.of());
    }

    /** Anything else: a 503 when its cause is a lost database connection, otherwise a logged 500. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, jakarta.servlet.http.HttpServletRequest request,
                             jakarta.servlet.http.HttpServletResponse response) {
        if (DatabaseFailures.isConnectionFailure(e)) {
            return unavailable(e, request, response);
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.",
                Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "The request body could not be read.",
                Map.of("errors", List.of(new Violation("body", "must be a JSON document")))));
    }

    /**
     * A query record's constraints or types refused: every refusal in one answer, in parameter-name order, named
     * by the parameter (a list's element is named by its list).
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField().replaceAll("\\[\\d+]$", ""),
                        error.isBindingFailure() ? "has the wrong type" : String.valueOf(error.getDefaultMessage())))
                .distinct().sorted(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        jakarta.servlet.http.HttpServletRequest servlet =
                ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
        return ResponseEntity.badRequest().body(invalid(new InvalidCommandException(violations), servlet));
    }

    /** A constrained {@code @RequestParam} refused: every refusal in one answer, named by the parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new java.util.ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new Violation(String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage())))));
        violations.sort(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::message));
        jakarta.servlet.http.HttpServletRequest servlet =
                ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
        return ResponseEntity.badRequest().body(invalid(new InvalidCommandException(violations), servlet));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** A 503 says when to try again: the database is retried within seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        return Problems.of(status, title, detail, properties);
    }
}
