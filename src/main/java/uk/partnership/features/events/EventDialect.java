package uk.partnership.features.events;

import java.util.List;
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
 * The templates' way to markup that {@link EventMarkup} writes (ADR 0037): {@code ev:cards="${events}"} fills a
 * list with the events' cards, their links keeping the page's {@code filterQuery}; {@code ev:hosts="${event}"} is
 * replaced by the event's schools' tags. Spring Boot adds every dialect bean to the template engine.
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
        return Set.of(new Replaced(prefix, "hosts") {
            @Override
            String html(EventView event) {
                return markup.hosts(event);
            }
        }, new Cards(prefix, markup));
    }

    /**
     * A list whose items are the cards of the events its attribute names ({@code ev:cards="${events}"} on an
     * {@code <ul class="event-list">}), with level-3 headings and links keeping the page's {@code filterQuery}: one
     * call a list rather than a fragment's for each card (issue 18).
     */
    private static final class Cards extends AbstractAttributeTagProcessor {

        private final EventMarkup markup;

        Cards(String prefix, EventMarkup markup) {
            super(TemplateMode.HTML, prefix, null, false, "cards", true, 1000, true);
            this.markup = markup;
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            if (!(evaluate(context, attributeValue) instanceof List<?> events)
                    || !events.stream().allMatch(EventView.class::isInstance)) {
                throw new IllegalArgumentException(attributeName + " needs a list of events: " + attributeValue);
            }
            @SuppressWarnings("unchecked")
            List<EventView> cards = (List<EventView>) events;
            structureHandler.setBody(markup.cardItems(cards, 3, (String) context.getVariable("filterQuery")), false);
        }
    }

    /** An element replaced by the markup written for the event its attribute names. */
    private abstract static class Replaced extends AbstractAttributeTagProcessor {

        Replaced(String prefix, String attribute) {
            super(TemplateMode.HTML, prefix, null, false, attribute, true, 1000, true);
        }

        abstract String html(EventView event);

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            if (!(evaluate(context, attributeValue) instanceof EventView event)) {
                throw new IllegalArgumentException(attributeName + " needs an event: " + attributeValue);
            }
            structureHandler.replaceWith(html(event), false);
        }
    }

    /** The value of the attribute's expression, as Thymeleaf evaluates its own attributes. */
    private static @Nullable Object evaluate(ITemplateContext context, @Nullable String expression) {
        return expression == null ? null
                : StandardExpressions.getExpressionParser(context.getConfiguration())
                        .parseExpression(context, expression).execute(context);
    }
}
