package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The parameters a cached page reads are learnt from its handler methods, however the handler takes them, so nobody
 * keeps a list that can drift; a handler whose parameters cannot be told stops the application starting. Each case
 * is a small controller on a cached path, and the proof is the address a request for it is kept by.
 */
class HandlerParametersTest {

    /** The calendar's filters, bound from the query string as a whole object. */
    record Filters(@Nullable Set<String> school, @Nullable List<String> tag, @BindParam("when") @Nullable String day) {
    }

    @Controller
    static class Calendar {

        @GetMapping("/events/list")
        String upcoming(@RequestParam(required = false) @Nullable String from,
                        @RequestParam("page") Optional<String> number,
                        Filters filters,
                        @RequestHeader(value = "Origin", required = false) @Nullable String origin) {
            return "list";
        }

        @GetMapping("/events/{slug}")
        String event(@PathVariable String slug) {
            return "event";
        }

        @GetMapping(path = "/events/feed.ics", params = "format=ics")
        String download(String name) {
            return "feed";
        }

        @PostMapping("/events/list")
        String notRead(@RequestParam String posted) {
            return "never kept";
        }
    }

    @ControllerAdvice
    static class Everywhere {

        @ModelAttribute("theme")
        String theme(@RequestParam(required = false) @Nullable String theme) {
            return theme == null ? "plain" : theme;
        }
    }

    @Controller
    static class EveryParameter {

        @GetMapping("/events/everything")
        String everything(@RequestParam Map<String, String> parameters) {
            return "everything";
        }
    }

    @Controller
    static class NestedForm {

        record Outer(Filters inner) {
        }

        @GetMapping("/news/nested")
        String nested(Outer outer) {
            return "nested";
        }
    }

    @Controller
    static class Admin {

        @GetMapping("/admin/anything")
        String anything(@RequestParam Map<String, String> parameters) {
            return "not cached, so not read";
        }
    }

    @Test
    void theParametersOfRequestParamsSimpleArgumentsBoundObjectsMappingsAndModelAttributesAreKept() {
        PageParameters pages = learnt(Calendar.class, Everywhere.class, Admin.class);

        assertThat(address(pages, "/events/list?x=1&page=2&from=2031-01-01&posted=no&school=b&school=a&school=b"
                + "&tag=z&tag=y&tag=z&when=today&theme=dark&Origin=x&slug=y"))
                .isEqualTo("/events/list?from=2031-01-01&page=2&school=a&school=b&tag=y&tag=z&tag=z&theme=dark"
                        + "&when=today");
        assertThat(address(pages, "/events/feed.ics?name=x&format=ics&theme=dark&page=3&x=1"))
                .as("the parameters of every handler on the path, and none of a page on another path")
                .isEqualTo("/events/feed.ics?format=ics&name=x&theme=dark");
        assertThat(address(pages, "/events/some-event?from=2031-01-01&x=1")).isEqualTo("/events/some-event");
    }

    @Test
    void aCachedPageWhoseParametersCannotBeToldStopsTheStart() {
        assertThatThrownBy(() -> learnt(EveryParameter.class))
                .hasMessageContaining("cannot tell").hasMessageContaining("everything")
                .hasMessageContaining("every parameter");
        assertThatThrownBy(() -> learnt(NestedForm.class))
                .hasMessageContaining("cannot tell").hasMessageContaining("nested");
    }

    private static String address(PageParameters pages, String address) {
        int query = address.indexOf('?');
        var request = new MockHttpServletRequest("GET", address.substring(0, query));
        // As a real GET carries them: the parameters are its query string.
        request.setQueryString(address.substring(query + 1));
        for (String parameter : address.substring(query + 1).split("&")) {
            String[] pair = parameter.split("=", 2);
            request.addParameter(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return pages.canonical(request).address();
    }

    /** What is learnt from these controllers and advice, as the application learns it when it starts. */
    private static PageParameters learnt(Class<?>... beans) {
        try (var context = new GenericWebApplicationContext(new MockServletContext())) {
            for (Class<?> bean : beans) {
                context.registerBean(bean);
            }
            context.registerBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            context.registerBean(RequestMappingHandlerAdapter.class);
            context.registerBean(HandlerParameters.class, () -> new HandlerParameters(context,
                    context.getBeanProvider(RequestMappingHandlerMapping.class),
                    context.getBeanProvider(RequestMappingHandlerAdapter.class), PageCacheFilter.PATTERNS));
            context.refresh();
            return context.getBean(HandlerParameters.class).get();
        }
    }
}
