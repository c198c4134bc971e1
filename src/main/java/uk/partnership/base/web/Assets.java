package uk.partnership.base.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the app's stylesheets and scripts with their content's hash ({@code /css/site-<hash>.css}), for
 * the templates: {@code th:with="address=${@assets.url('/css/site.css')}" th:href="${address}"} (Thymeleaf refuses
 * a bean in an address attribute itself). Each is worked out once: the files are in the jar
 * and do not change while it runs. Spring's resource chain would otherwise rewrite every link of every page through
 * a response wrapper (its {@code ResourceUrlEncodingFilter}, which {@code config.AssetsConfig} leaves unregistered),
 * matching each against the stylesheet patterns: 3 to 5 % of an uncached page (issue 18).
 */
@Component("assets")
public class Assets {

    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** @param resources Spring MVC's, absent when the application runs a command rather than the site */
    Assets(@Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    /** The address of the file at {@code path} (such as {@code /css/site.css}) with its hash, or the path itself. */
    public String url(String path) {
        String known = urls.get(path);
        if (known != null) {
            return known;
        }
        ResourceUrlProvider provider = resources.getIfAvailable();
        @Nullable String versioned = provider == null ? null : provider.getForLookupPath(path);
        if (versioned == null) {
            return path;   // not served by the resource chain, or asked before it knew its handlers: not kept
        }
        urls.put(path, versioned);
        return versioned;
    }
}
