package org.sijill.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds {@link CsvConverter} to the MVC message converters; JSON stays the default answer. */
@Configuration(proxyBeanMethods = false)
class CsvConfig implements WebMvcConfigurer {

    private final CsvConverter csv;

    CsvConfig(CsvConverter csv) {
        this.csv = csv;
    }

    /** A client that accepts anything (or sends no Accept) gets JSON; CSV only when it asks for it. */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.add(csv));
    }
}
