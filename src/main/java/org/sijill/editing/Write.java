package org.sijill.editing;

import org.springframework.http.ResponseEntity;

import java.util.function.Function;

/**
 * One write as an editor asked for it: the command, and the HTTP answer made from its handler's result
 * (the new fact's id, a correction's new version) once the handler has accepted it. The answer is built on
 * the committing thread, so it must not depend on the request (capture URLs before).
 */
record Write(Object command, Function<Object, ResponseEntity<?>> answer) {
}
