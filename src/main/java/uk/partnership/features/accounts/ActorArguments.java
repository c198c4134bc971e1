package uk.partnership.features.accounts;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.partnership.base.audit.Actor;

/**
 * Lets a controller in any module take who did it as an {@link Actor} parameter, so only this module knows the
 * security principal: the other modules depend on the audit's small value, not on accounts.
 */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, @org.jspecify.annotations.Nullable ModelAndViewContainer container,
                                 NativeWebRequest request, @org.jspecify.annotations.Nullable WebDataBinderFactory binders) {
        if (request.getUserPrincipal() instanceof Authentication signedIn
                && signedIn.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        throw new AccessDeniedException("only a signed-in person acts");
    }
}
