package org.sijill.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A query parameter sent empty ({@code ?kind=}, as a form with nothing chosen sends it) is absent, not a value
 * to refuse: request parameters are trimmed and empty ones bound as null before their constraints run. Bodies
 * are read by Jackson, not bound, so an empty text in a body is still refused.
 */
@ControllerAdvice
class BlankParams {

    @InitBinder
    void emptyIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
