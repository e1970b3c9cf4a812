package io.smsgateway.optout;

import io.smsgateway.account.Account;
import io.smsgateway.provider.InboundSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads inbound replies for STOP-style keywords and opts the sender out of the account that last
 * messaged them.
 */
@ApplicationScoped
public class StopReplies {

    private static final Logger LOG = Logger.getLogger(StopReplies.class.getName());
    private static final Set<String> KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "OPTOUT",
            "ARRET", "STOPP", "BASTA", "ALTO", "BAJA");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Optouts optouts;

    static boolean isStop(String text) {
        if (text == null) {
            return false;
        }
        String word = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return KEYWORDS.contains(word);
    }

    @Transactional
    void onInbound(@Observes InboundSms sms) {
        if (!isStop(sms.text())) {
            return;
        }
        em.createQuery("select m.owner from Message m where m.destination = :number order by m.createdAt desc", Account.class)
                .setParameter("number", sms.source())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(account -> {
                    Optout optout = optouts.add(account, sms.source(), Optout.Source.INBOUND);
                    LOG.info(() -> sms.source() + " is opted out of " + account.getUsername() + " (" + optout.getSource()
                            + ") after replying " + sms.text().strip());
                }, () -> LOG.info(() -> "STOP from " + sms.source() + ", who was never messaged; ignored"));
    }
}
