package uk.partnership.base.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page's view, whose template variables live in a map of their own rather than in the request (issue 18).
 *
 * <p>Thymeleaf keeps every variable of a web page, down to each loop's item, as a request attribute: each read and
 * write went through Spring Security's and Spring Session's request wrappers to Tomcat's attributes, about a sixth of
 * the calendar's rendering. Reads of anything the template did not set (the CSRF token, the error's attributes) still
 * reach the request; what the template sets stays in the template.
 */
public final class TemplateVariablesView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        super.render(model, new OwnAttributes(request), response);
    }

    private static final class OwnAttributes extends HttpServletRequestWrapper {

        /** Stands for an attribute the template removed, which must no longer be read from the request. */
        private static final Object REMOVED = new Object();

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = attributes.get(name);
            if (value == null) {
                return super.getAttribute(name);
            }
            return value == REMOVED ? null : value;
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value == null ? REMOVED : value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, REMOVED);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            attributes.forEach((name, value) -> {
                if (value == REMOVED) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }
    }
}
