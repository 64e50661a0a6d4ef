// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.platform.AccessDeniedException;
import de.innenstadt.core.platform.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Answers a service's refusal ({@link AccessDeniedException}, {@link NotFoundException}) with a plain
 * 404, the same for "not yours" and "does not exist", and a protected view opened without the
 * portal's token ({@link ProtectedViewException}) with 403, instead of the generic error page with
 * 500. An AJAX request cannot show a status page, so it is sent to the not-found page instead.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            if (refusal(error).isPresent()) {
                events.remove();
                answer(FacesContext.getCurrentInstance(), 404);
                break;
            }
            if (isCause(error, ProtectedViewException.class)) {
                events.remove();
                answer(FacesContext.getCurrentInstance(), 403);
                break;
            }
        }
        getWrapped().handle();
    }

    static Optional<RuntimeException> refusal(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof AccessDeniedException || e instanceof NotFoundException) {
                return Optional.of((RuntimeException) e);
            }
        }
        return Optional.empty();
    }

    private static boolean isCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    private static void answer(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/not-found.xhtml");
            } else if (!external.isResponseCommitted()) {
                external.responseReset();
                external.responseSendError(status, status == 404 ? "Not found" : "Open this page from the portal");
            }
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw new FacesException("Cannot answer a refusal after the response started", e);
        }
    }
}
