package uk.partnership.config;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The app's own small scripts (progressive enhancement only; every page works without them), served from /js like the
 * stylesheets from /css: with a content hash in their address (templates write it through {@code base.web.Assets}), so they are cached for a year and a new version is a new address. Only this folder is looked up,
 * not every path (see spring.mvc.static-path-pattern).
 */
@Configuration(proxyBeanMethods = false)
class ScriptResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
