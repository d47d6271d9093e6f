package org.sijill.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The page's optional settings (application.yml "Page"): a map tile server for deployments that have one
 * ({@code tileUrl}, a Leaflet URL template such as {@code https://tiles.example.org/{z}/{x}/{y}.png}, and the
 * attribution its licence asks for). Without one the map draws the bundled Natural Earth countries alone.
 */
@ConfigurationProperties("chronology.page")
public record PageProperties(String tileUrl, String tileAttribution) {

    /** The tile server's origin (scheme, host and port) for the Content-Security-Policy's img-src; "" without one. */
    public String tileOrigin() {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        URI uri = URI.create(tileUrl.replaceAll("\\{[^}]*}", "0"));
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("chronology.page.tile-url must be an http(s) URL: " + tileUrl);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
