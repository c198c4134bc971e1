package uk.partnership.base.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The order of the error summary ({@code fragments/forms :: errorSummary}), as {@code @errorSummary} in templates:
 * the form's own messages first (an edit conflict), then one message per field, in the order of the fields on the
 * page, the same message as the one by the field.
 * <p>
 * The page order is the order of the posted form's parameters: a browser sends a form's fields in the order they
 * stand in the page (HTML's form data set), and the servlet container keeps it. So every form gets it with no list
 * of its fields to keep up to date, whichever order its checks ran in. A field the browser did not send (a radio
 * group left unchosen) goes after those it did, in the order its check found it.
 */
@Component("errorSummary")
public class ErrorSummary {

    public List<DetailedError> inPageOrder(List<DetailedError> errors) {
        Map<String, Integer> positions = positionsOfPostedFields();
        List<DetailedError> global = new ArrayList<>();
        List<DetailedError> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DetailedError error : errors) {
            if (error.isGlobal()) {
                global.add(error);
            } else if (seen.add(error.getFieldName())) {
                fields.add(error);
            }
        }
        // A stable sort: fields the request did not send keep their order, after the others.
        fields.sort(Comparator.comparingInt(error -> positions.getOrDefault(error.getFieldName(), Integer.MAX_VALUE)));
        global.addAll(fields);
        return global;
    }

    /** Each posted field's place in the request, {@code _field} (Spring's marker of a checkbox) as the field. */
    private static Map<String, Integer> positionsOfPostedFields() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        HttpServletRequest request = attributes.getRequest();
        Map<String, Integer> positions = new HashMap<>();
        for (String name : Collections.list(request.getParameterNames())) {
            String field = name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name;
            positions.putIfAbsent(field, positions.size());
        }
        return positions;
    }
}
