package uk.partnership.features.events;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The templates' way to markup that {@link EventMarkup} writes (ADR 0037): {@code ev:card="${event}"} with
 * {@code ev:level="${3}"} is replaced by the event's card, its link keeping the page's {@code filterQuery};
 * {@code ev:hosts="${event}"} by its schools' tags. Spring Boot adds every dialect bean to the template engine.
 */
@Component
class EventDialect extends AbstractProcessorDialect {

    private final EventMarkup markup;

    EventDialect(EventMarkup markup) {
        super("Events", "ev", 1000);
        this.markup = markup;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new Replaced(prefix, "card") {
            @Override
            String html(ITemplateContext context, IProcessableElementTag tag, EventView event) {
                Object level = evaluate(context, tag.getAttributeValue(prefix, "level"));
                return markup.card(event, level instanceof Number number ? number.intValue() : 3,
                        (String) context.getVariable("filterQuery"));
            }
        }, new Replaced(prefix, "hosts") {
            @Override
            String html(ITemplateContext context, IProcessableElementTag tag, EventView event) {
                return markup.hosts(event);
            }
        });
    }

    /** An element replaced by the markup written for the event its attribute names. */
    private abstract static class Replaced extends AbstractAttributeTagProcessor {

        Replaced(String prefix, String attribute) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, 1000, true);
        }

        abstract String html(ITemplateContext context, IProcessableElementTag tag, EventView event);

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            if (!(evaluate(context, attributeValue) instanceof EventView event)) {
                throw new IllegalArgumentException(attributeName + " needs an event: " + attributeValue);
            }
            structureHandler.replaceWith(html(context, tag, event), false);
        }

        static @Nullable Object evaluate(ITemplateContext context, @Nullable String expression) {
            return expression == null ? null
                    : StandardExpressions.getExpressionParser(context.getConfiguration())
                            .parseExpression(context, expression).execute(context);
        }
    }
}
