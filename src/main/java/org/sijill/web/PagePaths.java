package org.sijill.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Page paths that are not file names: the codebook is kept as static/codebook.html and served at /codebook. */
@Configuration
class PagePaths implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/codebook").setViewName("forward:/codebook.html");
    }
}
