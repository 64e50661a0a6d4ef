// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Sha256;
import de.innenstadt.core.reservation.Channel;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.IllegalReservationTransitionException;
import de.innenstadt.core.reservation.InvalidReservationException;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationService;
import de.innenstadt.core.reservation.ReservationService.IdempotencyKey;
import de.innenstadt.core.reservation.ReservationService.ItemRequest;
import de.innenstadt.core.reservation.ReservationService.ReserveCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/reservations}: reserve items at one store, look at a reservation through its
 * unguessable token, and cancel it. Bodies are read as text and parsed here, so the idempotency
 * hash covers exactly the bytes the client sent and malformed JSON gets the same 422 as any other
 * invalid input. One instance serves all requests (no per-request bean to create and inject); the
 * servlet request comes as a method parameter.
 */
@Path("reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    @Inject
    private ReservationService reservations;

    @Inject
    private RequestLimits limits;

    /** The request body. */
    public record ReservationRequest(Long storeId, List<Item> items, CustomerData customer) {
    }

    /** One line of the request. */
    public record Item(Long offerId, Integer quantity) {
    }

    /** Who collects: a name and one way of contact. */
    public record CustomerData(String name, String email, String phone) {
    }

    /**
     * The answer to a successful reservation: the goods can be collected from {@code readyFrom} (the
     * store's first opening after its preparation time) until {@code expiresAt}.
     */
    @JsonbPropertyOrder({"id", "code", "status", "readyFrom", "expiresAt", "token", "statusUrl"})
    public record Created(long id, String code, String status,
            @Schema(description = "ISO-8601 instant from which the goods can be collected") Instant readyFrom,
            Instant expiresAt, String token, String statusUrl) {
    }

    /** A reservation as its status page shows it; {@code readyFrom} is absent for reservations made before it existed. */
    @JsonbPropertyOrder({"id", "code", "status", "createdAt", "readyFrom", "expiresAt", "store", "items"})
    public record View(long id, String code, String status, Instant createdAt,
            @Schema(description = "ISO-8601 instant from which the goods can be collected") Instant readyFrom,
            Instant expiresAt, StoreView store, List<ItemView> items) {
    }

    /** Where to collect. */
    public record StoreView(long id, String name, String street, String postalCode, String city, String phone) {
    }

    /** A reserved line. */
    public record ItemView(long offerId, String title, int quantity, String price, String currency) {
    }

    /**
     * One transaction for the per-contact count and the reservation: a separate one for the count
     * cost a connection hand-out, a begin and a commit per reservation, and nothing is gained by
     * committing a read.
     */
    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve items at one store for pickup")
    @APIResponse(responseCode = "201", description = "Reserved; the goods can be collected from readyFrom (the store's"
            + " first opening after its preparation time) and the stock is held until expiresAt")
    @APIResponse(responseCode = "400", description = "The Idempotency-Key header is missing")
    @APIResponse(responseCode = "409", description = "Not enough stock: what is available per offer")
    @APIResponse(responseCode = "422", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "429", description = "Too many reservations from this address or contact")
    public Response reserve(@HeaderParam("Idempotency-Key") String idempotencyKey, String body,
            @Context HttpServletRequest http) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new BadRequestException("Send an Idempotency-Key header of 1 to 100 characters");
        }
        limits.requireReservationAllowed(http.getRemoteAddr());
        ReservationRequest request = Json.parse(body, ReservationRequest.class);
        ReserveCommand command = toCommand(request);
        limits.requireContactBelowLimit(command.customer());
        Reservation reservation = reservations.reserve(command, new IdempotencyKey(idempotencyKey.strip(), Sha256.hex(body)));
        Created created = new Created(reservation.getId(), reservation.getCode(), reservation.getStatus().name().toLowerCase(),
                reservation.getReadyFrom(), reservation.getExpiresAt(), reservation.getToken(), "/reservation?token=" + reservation.getToken());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{token}")
    @Operation(summary = "A reservation, found by the token from its status link")
    @APIResponse(responseCode = "404", description = "No reservation with this token")
    @APIResponse(responseCode = "429", description = "Too many unknown tokens from this address")
    public View status(@PathParam("token") String token, @Context HttpServletRequest http) {
        return view(findOrThrottle(token, http.getRemoteAddr()));
    }

    @POST
    @Path("{token}/cancel")
    @Operation(summary = "Cancel a reservation; the held stock is released at once")
    @APIResponse(responseCode = "409", description = "The reservation has already ended")
    public View cancel(@PathParam("token") String token, @Context HttpServletRequest http) {
        findOrThrottle(token, http.getRemoteAddr());
        try {
            return view(reservations.cancelByShopper(token));
        } catch (IllegalReservationTransitionException e) {
            throw new ConflictException("already_ended", "This reservation has already ended and cannot be cancelled.");
        }
    }

    private Reservation findOrThrottle(String token, String address) {
        limits.requireLookupAllowed(address);
        return reservations.findByToken(token).orElseThrow(() -> {
            limits.recordUnknownLookup(address);
            return new NotFoundException("No such reservation");
        });
    }

    private static ReserveCommand toCommand(ReservationRequest request) {
        if (request == null || request.storeId() == null) {
            throw new InvalidReservationException(Map.of("storeId", "Please name the store."));
        }
        List<ItemRequest> items = request.items() == null ? List.of() : request.items().stream()
                .map(i -> {
                    if (i == null || i.offerId() == null || i.quantity() == null) {
                        throw new InvalidReservationException(Map.of("items", "Every item needs an offerId and a quantity."));
                    }
                    return new ItemRequest(i.offerId(), i.quantity());
                })
                .toList();
        CustomerData c = request.customer() == null ? new CustomerData(null, null, null) : request.customer();
        return new ReserveCommand(request.storeId(), items, new Customer(strip(c.name()), strip(c.email()), strip(c.phone())),
                Channel.ONLINE);
    }

    static View view(Reservation r) {
        var store = r.getStore();
        var address = store.getAddress();
        return new View(r.getId(), r.getCode(), r.getStatus().name().toLowerCase(), r.getCreatedAt(), r.getReadyFrom(), r.getExpiresAt(),
                new StoreView(store.getId(), store.getName(), address.streetLine(), address.postalCode(), address.city(),
                        store.getPhone()),
                r.getItems().stream().map(i -> new ItemView(i.getOfferId(), i.getTitle(), i.getQuantity(),
                        i.getPrice().toDecimalString(), i.getPrice().currency())).toList());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
