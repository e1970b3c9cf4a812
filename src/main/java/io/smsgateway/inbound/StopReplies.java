package io.smsgateway.inbound;

import io.smsgateway.account.Account;
import io.smsgateway.message.MessageStore;
import io.smsgateway.optout.Optout;
import io.smsgateway.optout.Optouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads complete inbound messages for STOP-style keywords and opts the sender out of the account
 * that owns the number the reply was sent to. Only a reply to a number no account owns (a shared
 * short code or sender id the upstream routes to the gateway) opts out of the account that last
 * messaged the sender. It runs in the transaction that stores the inbound message: both are stored,
 * or neither is and the upstream delivers the reply again.
 */
@ApplicationScoped
public class StopReplies {

    private static final Logger LOG = Logger.getLogger(StopReplies.class.getName());
    private static final Set<String> KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "OPTOUT",
            "ARRET", "STOPP", "BASTA", "ALTO", "BAJA");

    @Inject
    private MessageStore messages;

    @Inject
    private Optouts optouts;

    static boolean isStop(String text) {
        if (text == null) {
            return false;
        }
        String word = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return KEYWORDS.contains(word);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onInbound(@Observes InboundReceived received) {
        InboundMessage reply = received.message();
        if (!isStop(reply.getBody())) {
            return;
        }
        Optional<Account> account = reply.getAccount().or(() -> messages.lastSenderTo(reply.getSource()));
        account.ifPresentOrElse(owner -> {
            Optout optout = optouts.add(owner, reply.getSource(), Optout.Source.INBOUND);
            LOG.info(() -> reply.getSource() + " is opted out of " + owner.getUsername() + " (" + optout.getSource() + ") after replying "
                    + reply.getBody().strip() + " to " + reply.getDestination());
        }, () -> LOG.info(() -> "STOP from " + reply.getSource() + " to " + reply.getDestination()
                + ", a number no account owns, and the sender was never messaged; ignored"));
    }
}
