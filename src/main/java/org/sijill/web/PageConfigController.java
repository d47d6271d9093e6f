package org.sijill.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** The page's settings at /app/config.json (not part of the API): the optional tile server. */
@RestController
@Hidden
class PageConfigController {

    private final PageProperties page;

    PageConfigController(PageProperties page) {
        this.page = page;
    }

    @GetMapping("/app/config.json")
    Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        if (page.tileUrl() != null && !page.tileUrl().isBlank()) {
            config.put("tileUrl", page.tileUrl());
            config.put("tileAttribution", page.tileAttribution() == null ? "" : page.tileAttribution());
        }
        return config;
    }
}
