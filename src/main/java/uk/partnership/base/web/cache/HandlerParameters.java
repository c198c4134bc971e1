package uk.partnership.base.web.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMapMethodArgumentResolver;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import uk.partnership.base.web.cache.PageParameters.Reading;

/**
 * Learns which query parameters each cached page reads from the GET handler methods Spring MVC maps to the cached
 * paths, once every bean is made: the names of their {@code @RequestParam}s (and of simple arguments, which Spring
 * reads as request parameters too), the constructor parameters of the objects they bind (the calendar's filters),
 * those of the {@code @ModelAttribute} methods that run before them, and the parameters their mapping requires. No
 * list is kept by hand, so a page that starts reading a parameter is kept by it from then on.
 * <p>
 * A handler whose parameters cannot be told (one that takes them all as a map, or binds objects inside an object,
 * {@code x.y}) stops the application starting, naming it. What a handler reads through the request itself
 * ({@code HttpServletRequest}, {@code WebRequest}) cannot be seen here either: it is hidden from the page
 * ({@link CanonicalRequest}), so a page that reads a parameter that way finds it missing, and it must be declared.
 * As everywhere in the canonical form, a blank value counts as none, also for a mapping that requires a parameter.
 */
final class HandlerParameters implements SmartInitializingSingleton, Supplier<PageParameters> {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final ApplicationContext context;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapters;
    private final List<PathPattern> cached;
    private volatile @Nullable PageParameters parameters;

    /**
     * @param cached the paths whose pages are cached
     */
    HandlerParameters(ApplicationContext context, ObjectProvider<RequestMappingHandlerMapping> mappings,
                      ObjectProvider<RequestMappingHandlerAdapter> adapters, List<PathPattern> cached) {
        this.context = context;
        this.mappings = mappings;
        this.adapters = adapters;
        this.cached = List.copyOf(cached);
    }

    /** Learns them as the application starts: Spring MVC's handler methods are known once every bean is made. */
    @Override
    public void afterSingletonsInstantiated() {
        List<HandlerMethodArgumentResolver> resolvers = adapters.getObject().getArgumentResolvers();
        Assert.state(resolvers != null, "Spring MVC's argument resolvers are not ready");
        List<ControllerAdviceBean> advice = ControllerAdviceBean.findAnnotatedBeans(context);
        List<PageParameters.Page> pages = new ArrayList<>();
        mappings.getObject().getHandlerMethods().forEach((mapping, handler) -> {
            if (answersGet(mapping)) {
                for (String path : mapping.getPatternValues()) {
                    if (isCached(path)) {
                        pages.add(new PageParameters.Page(PathPatternParser.defaultInstance.parse(path),
                                new Reads(handler, resolvers).of(mapping, advice)));
                    }
                }
            }
        });
        parameters = new PageParameters(pages);
    }

    @Override
    public PageParameters get() {
        PageParameters learnt = parameters;
        Assert.state(learnt != null, "the pages' parameters are learnt once the application has started");
        return learnt;
    }

    private static boolean answersGet(RequestMappingInfo mapping) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    /** Whether a handler's path may answer a cached request: it lies under a cached path, or takes one in. */
    private boolean isCached(String handlerPath) {
        PathPattern handler = PathPatternParser.defaultInstance.parse(handlerPath);
        for (PathPattern page : cached) {
            if (page.matches(PathContainer.parsePath(handlerPath))
                    || handler.matches(PathContainer.parsePath(page.getPatternString()))) {
                return true;
            }
        }
        return false;
    }

    /** The parameters one handler reads, gathered from its arguments and those of what runs with it. */
    private static final class Reads {

        private final HandlerMethod handler;
        private final List<HandlerMethodArgumentResolver> resolvers;
        private final Map<String, Reading> names = new HashMap<>();

        Reads(HandlerMethod handler, List<HandlerMethodArgumentResolver> resolvers) {
            this.handler = handler;
            this.resolvers = resolvers;
        }

        /** The parameters the handler reads when mapped by {@code mapping}, with the {@code advice} it is given. */
        Map<String, Reading> of(RequestMappingInfo mapping, List<ControllerAdviceBean> advice) {
            mapping.getParamsCondition().getExpressions()
                    .forEach(expression -> read(expression.getName(), Reading.ONE));
            for (MethodParameter parameter : handler.getMethodParameters()) {
                argument(parameter);
            }
            List<Class<?>> withModelAttributes = new ArrayList<>();
            withModelAttributes.add(handler.getBeanType());
            advice.stream().filter(bean -> bean.isApplicableToBeanType(handler.getBeanType()))
                    .map(ControllerAdviceBean::getBeanType).forEach(withModelAttributes::add);
            for (Class<?> type : withModelAttributes) {
                for (Method method : modelAttributeMethods(type)) {
                    for (int i = 0; i < method.getParameterCount(); i++) {
                        argument(SynthesizingMethodParameter.forExecutable(method, i));
                    }
                }
            }
            return names;
        }

        /** What one argument reads, as the argument resolver Spring MVC would choose for it reads it. */
        private void argument(MethodParameter declared) {
            MethodParameter parameter = declared.clone();
            parameter.initParameterNameDiscovery(NAMES);
            HandlerMethodArgumentResolver resolver = resolvers.stream()
                    .filter(candidate -> candidate.supportsParameter(parameter)).findFirst().orElse(null);
            switch (resolver) {
                case RequestParamMapMethodArgumentResolver _ -> throw cannotTell("takes every parameter as a map");
                case RequestParamMethodArgumentResolver _ -> {
                    RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                    String name = annotation != null && !annotation.name().isEmpty()
                            ? annotation.name() : parameter.getParameterName();
                    Assert.state(name != null, () -> "no name for " + parameter);
                    read(name, ResolvableType.forMethodParameter(parameter.nestedIfOptional()));
                }
                case ModelAttributeMethodProcessor _ -> bound(parameter.nestedIfOptional().getNestedParameterType());
                // Path variables, headers, the model, the request itself...: no query parameter.
                case null, default -> {
                }
            }
        }

        /**
         * The parameters an object is bound from: its constructor's, as every binding is declarative
         * (base/web FormDataBinder builds objects through their constructor only).
         */
        private void bound(Class<?> type) {
            if (BeanUtils.isSimpleProperty(type)) {
                throw cannotTell("binds a model attribute of type " + type.getSimpleName());
            }
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            String[] components = BeanUtils.getParameterNames(constructor);
            for (int i = 0; i < components.length; i++) {
                MethodParameter component = MethodParameter.forFieldAwareConstructor(constructor, i, components[i]);
                BindParam renamed = component.getParameterAnnotation(BindParam.class);
                read(renamed != null ? renamed.value() : components[i], ResolvableType.forMethodParameter(component));
            }
        }

        /** A parameter of one value, or of several (an array or a collection), which are a set when the type is one. */
        private void read(String name, ResolvableType type) {
            Class<?> value;
            Reading reading;
            if (type.isArray()) {
                value = type.getComponentType().toClass();
                reading = Reading.LIST;
            } else if (type.asCollection() != ResolvableType.NONE) {
                value = type.asCollection().getGeneric(0).toClass();
                reading = Set.class.isAssignableFrom(type.toClass()) ? Reading.SET : Reading.LIST;
            } else {
                value = type.toClass();
                reading = Reading.ONE;
            }
            if (!BeanUtils.isSimpleProperty(value) && value != Object.class) {
                throw cannotTell("binds " + name + " to " + type + ", whose parameters are named after it");
            }
            read(name, reading);
        }

        /** Read twice (by the handler and a model attribute method, say), it is tidied only as far as both allow. */
        private void read(String name, Reading reading) {
            names.merge(name, reading, Reading::both);
        }

        private IllegalStateException cannotTell(String why) {
            return new IllegalStateException("The page cache cannot tell which query parameters "
                    + handler + " reads: it " + why);
        }

        private static Set<Method> modelAttributeMethods(Class<?> type) {
            return MethodIntrospector.selectMethods(type, (Method method) ->
                    AnnotatedElementUtils.hasAnnotation(method, ModelAttribute.class)
                            && !AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class));
        }
    }
}
