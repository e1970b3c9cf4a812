package io.smsgateway.campaign;

import io.smsgateway.account.Account;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.message.AcceptedMessage;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.MessageStore;
import io.smsgateway.message.Reference;
import io.smsgateway.message.ScheduleWindow;
import io.smsgateway.message.SendCommand;
import io.smsgateway.policy.SendPolicies;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Creates campaigns, releases their recipients as messages in bounded steps, and reports their
 * progress. Checks that concern the whole campaign (text, originator, schedule, URLs) refuse it at
 * once; checks that concern one recipient mark that recipient and never fail the others.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** How many refused lines the answer to a creation lists; all of them are readable afterwards. */
    static final int ISSUES_IN_ANSWER = 100;
    private static final Logger LOG = Logger.getLogger(CampaignService.class.getName());
    private static final String ACCOUNT_DISABLED = "the account is disabled";
    private static final int MAX_FIELD_CHARS = 1500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SendPolicies policies;

    @Inject
    private ScheduleWindow scheduleWindow;

    @Inject
    private MessageService messages;

    @Inject
    private MessageStore store;

    @Inject
    private CampaignSettings settings;

    @Inject
    private Event<CampaignScheduled> scheduled;

    /** A refused line of the customer's list. */
    public record Issue(int line, String recipient, String reason) {
    }

    public record Created(Campaign campaign, List<Issue> issues) {
    }

    public Created create(Account owner, CampaignDraft draft, Iterator<RecipientLine> recipients) {
        policies.requireText(draft.template());
        policies.requireAllowedOriginator(owner, draft.originator());
        policies.requireUrlsAllowed(owner, draft.template());
        scheduleWindow.requireAcceptable(draft.scheduleAt());

        Campaign campaign = new Campaign(em.getReference(Account.class, owner.getId()), draft);
        em.persist(campaign);
        em.flush();
        CampaignTemplate template = new CampaignTemplate(draft.template());
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int total = 0;
        int invalid = 0;
        int lastLine = 0;
        int maxRecipients = settings.maxRecipients();
        try (RecipientWriter writer = new RecipientWriter(em.unwrap(Connection.class), campaign.getId().toString())) {
            while (recipients.hasNext()) {
                RecipientLine line = recipients.next();
                total++;
                lastLine = Math.max(lastLine, line.line());
                if (total > maxRecipients) {
                    throw new InvalidInputException("a campaign has at most " + maxRecipients + " recipients");
                }
                String reason = problemWith(line, template, firstLineOf);
                String recipient = line.recipient() == null ? "" : line.recipient();
                writer.write(line.line(), recipient, line.fields(), reason == null ? RecipientStatus.PENDING : RecipientStatus.INVALID, reason);
                if (reason != null) {
                    invalid++;
                    if (issues.size() < ISSUES_IN_ANSWER) {
                        issues.add(new Issue(line.line(), recipient, reason));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the recipients of campaign " + campaign.getId() + " failed", e);
        }
        if (total == 0) {
            throw new InvalidInputException("a campaign needs at least one recipient");
        }
        campaign.countRecipients(total, invalid, lastLine);
        campaign.getScheduledAt().ifPresent(at -> scheduled.fire(new CampaignScheduled(campaign.getId(), at)));
        return new Created(campaign, issues);
    }

    private static String problemWith(RecipientLine line, CampaignTemplate template, Map<String, Integer> firstLineOf) {
        String e164;
        try {
            e164 = PhoneNumbers.requireValidE164(line.recipient());
        } catch (SendRejectedException e) {
            return "not a valid number in international format";
        }
        Integer first = firstLineOf.putIfAbsent(e164, line.line());
        if (first != null) {
            return "duplicate of line " + first;
        }
        if (line.fields().values().stream().mapToInt(v -> v == null ? 0 : v.length()).sum() > MAX_FIELD_CHARS) {
            return "field values longer than " + MAX_FIELD_CHARS + " characters";
        }
        return template.missingField(line.fields()).map(field -> "no value for {" + field + "}").orElse(null);
    }

    public Campaign campaign(UUID id, Account owner) {
        Campaign campaign = em.find(Campaign.class, id.toString());
        if (campaign == null || !campaign.getAccount().getId().equals(owner.getId())) {
            throw new UnknownEntityException("campaign " + id + " does not exist");
        }
        return campaign;
    }

    public List<Campaign> campaigns(Account owner, int max) {
        return em.createQuery("select c from Campaign c where c.account.id = :owner order by c.createdAt desc", Campaign.class)
                .setParameter("owner", owner.getId())
                .setMaxResults(max)
                .getResultList();
    }

    /** Every account's campaigns, newest first, for an operator. */
    public List<Campaign> allCampaigns(int max) {
        return em.createQuery("select c from Campaign c order by c.createdAt desc", Campaign.class).setMaxResults(max).getResultList();
    }

    /** The account a campaign belongs to, for an operator acting on its behalf. */
    public Account ownerOf(UUID id) {
        Campaign campaign = em.find(Campaign.class, id.toString());
        if (campaign == null) {
            throw new UnknownEntityException("campaign " + id + " does not exist");
        }
        return campaign.getAccount();
    }

    public List<CampaignRecipient> recipients(UUID id, Account owner, int fromLine, int max) {
        campaign(id, owner);
        return em.createQuery("select r from CampaignRecipient r where r.key.campaignId = :id and r.key.line >= :from order by r.key.line",
                        CampaignRecipient.class)
                .setParameter("id", id.toString())
                .setParameter("from", fromLine)
                .setMaxResults(max)
                .getResultList();
    }

    /** Message status of each released recipient on the page, by message id. */
    public Map<UUID, MessageStatus> messageStatuses(List<CampaignRecipient> page) {
        List<String> ids = page.stream().flatMap(r -> r.getMessageId().stream()).map(UUID::toString).toList();
        Map<UUID, MessageStatus> statuses = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.id, m.status from Message m where m.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> statuses.put(UUID.fromString((String) row[0]), (MessageStatus) row[1]));
        }
        return statuses;
    }

    public CampaignProgress progress(Campaign campaign) {
        Map<RecipientStatus, Long> recipients = new EnumMap<>(RecipientStatus.class);
        em.createQuery("select r.status, count(r) from CampaignRecipient r where r.key.campaignId = :id group by r.status", Object[].class)
                .setParameter("id", campaign.getId().toString())
                .getResultList()
                .forEach(row -> recipients.put((RecipientStatus) row[0], (Long) row[1]));
        Map<MessageStatus, Long> sent = new EnumMap<>(MessageStatus.class);
        em.createQuery("select m.status, count(m) from Message m where m.campaignId = :id group by m.status", Object[].class)
                .setParameter("id", campaign.getId().toString())
                .getResultList()
                .forEach(row -> sent.put((MessageStatus) row[0], (Long) row[1]));
        return CampaignProgress.of(campaign.getTotalRecipients(), recipients, sent);
    }

    public Campaign pause(UUID id, Account owner) {
        Campaign campaign = locked(id, owner);
        campaign.pause();
        return campaign;
    }

    public Campaign resume(UUID id, Account owner) {
        Campaign campaign = locked(id, owner);
        campaign.resume(Instant.now());
        campaign.getScheduledAt().filter(at -> campaign.getStatus() == CampaignStatus.SCHEDULED)
                .ifPresent(at -> scheduled.fire(new CampaignScheduled(campaign.getId(), at)));
        return campaign;
    }

    /** Cancels the campaign: recipients not yet released are never sent to; released ones go on. */
    public Campaign cancel(UUID id, Account owner) {
        Campaign campaign = locked(id, owner);
        campaign.cancel();
        em.createQuery("update CampaignRecipient r set r.status = :cancelled where r.key.campaignId = :id and r.status = :pending")
                .setParameter("cancelled", RecipientStatus.CANCELLED)
                .setParameter("pending", RecipientStatus.PENDING)
                .setParameter("id", id.toString())
                .executeUpdate();
        return campaign;
    }

    private Campaign locked(UUID id, Account owner) {
        Campaign campaign = campaign(id, owner);
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(campaign);
        return campaign;
    }

    /** Starts the scheduled campaigns whose time has come. */
    public int startDue(Instant now) {
        List<Campaign> due = em.createQuery("select c from Campaign c where c.status = :scheduled and c.scheduledAt <= :now", Campaign.class)
                .setParameter("scheduled", CampaignStatus.SCHEDULED)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return (int) due.stream().filter(campaign -> startUnlessAccountDisabled(campaign, now)).count();
    }

    private boolean startUnlessAccountDisabled(Campaign campaign, Instant now) {
        if (!campaign.getAccount().isEnabled()) {
            pauseForDisabledAccount(campaign);
            return false;
        }
        return campaign.start(now);
    }

    /* An operator disabling an account stops its sending at once; its owner resumes the campaign once it is enabled again. */
    private static void pauseForDisabledAccount(Campaign campaign) {
        campaign.pauseBecause(ACCOUNT_DISABLED);
        LOG.warning(() -> "Campaign " + campaign.getId() + " paused: its account " + campaign.getAccount().getUsername() + " is disabled");
    }

    /** Send times of scheduled campaigns before the horizon. */
    public List<Instant> startTimesBefore(Instant horizon, int max) {
        return em.createQuery("select distinct c.scheduledAt from Campaign c where c.status = :scheduled and c.scheduledAt < :horizon"
                        + " order by c.scheduledAt", Instant.class)
                .setParameter("scheduled", CampaignStatus.SCHEDULED)
                .setParameter("horizon", horizon)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Recipients of running campaigns, by where they stand. */
    public Map<RecipientStatus, Long> runningRecipientCounts() {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus status : RecipientStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from CampaignRecipient r, Campaign c where c.id = r.key.campaignId "
                        + "and c.status = :running group by r.status", Object[].class)
                .setParameter("running", CampaignStatus.RUNNING)
                .getResultList()
                .forEach(row -> counts.put((RecipientStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<UUID> running() {
        return em.createQuery("select c.id from Campaign c where c.status = :running", String.class)
                .setParameter("running", CampaignStatus.RUNNING)
                .getResultStream().map(UUID::fromString).toList();
    }

    /**
     * What one release step did: how many recipients it released, whether it got any further through
     * the campaign (a step over lines all refused at upload releases none, yet moves on; a step finding
     * the queue full does not), and whether the campaign has more to release.
     */
    public record Release(int released, boolean movedOn, boolean more) {
        public static final Release NOTHING_MORE = new Release(0, false, false);
        static final Release QUEUE_FULL = new Release(0, false, true);
    }

    /**
     * Releases at most {@code limit} next recipients of a running campaign as messages, keeping at most
     * {@code maxInFlight} of its messages in the dispatch queue so that single sends are never stuck
     * behind a campaign. The campaign row lock gives one instance the campaign at a time; it is held for
     * one such step only, so that a pause or a cancellation waits for one step at most.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Release releaseNext(UUID id, int limit, long maxInFlight) {
        Campaign campaign = em.find(Campaign.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || campaign.getStatus() != CampaignStatus.RUNNING) {
            return Release.NOTHING_MORE;
        }
        if (!campaign.getAccount().isEnabled()) {
            pauseForDisabledAccount(campaign);
            return Release.NOTHING_MORE;
        }
        long inFlight = store.waitingOfCampaign(id.toString());
        int room = (int) Math.min(limit, maxInFlight - inFlight);
        if (room <= 0) {
            return Release.QUEUE_FULL;
        }
        // A range of lines, not "the first pending ones in line order": that order is a sort of every
        // pending recipient on H2, whatever the index, and the campaign's cursor makes it needless.
        Campaign.Lines lines = campaign.nextLines(room);
        List<CampaignRecipient> next = em.createQuery("select r from CampaignRecipient r where r.key.campaignId = :id"
                        + " and r.key.line between :first and :last and r.status = :pending order by r.key.line", CampaignRecipient.class)
                .setParameter("id", id.toString())
                .setParameter("first", lines.first())
                .setParameter("last", lines.last())
                .setParameter("pending", RecipientStatus.PENDING)
                .getResultList();
        CampaignTemplate template = new CampaignTemplate(campaign.getTemplate());
        int refused = 0;
        for (CampaignRecipient recipient : next) {
            if (!release(campaign, template, recipient)) {
                refused++;
            }
        }
        campaign.refuseMoreRecipients(refused);
        campaign.released(lines);
        if (!campaign.hasUnreleasedLines()) {
            campaign.complete();
            return new Release(next.size(), true, false);
        }
        return new Release(next.size(), true, true);
    }

    private boolean release(Campaign campaign, CampaignTemplate template, CampaignRecipient recipient) {
        SendCommand command = new SendCommand(campaign.getAccount(), campaign.getAccount(), recipient.getRecipient(),
                template.render(recipient.fieldValues()), Reference.NONE, null, null, campaign.getOriginator(),
                campaign.getClientReference().orElse(null),
                SendCommand.Options.campaign(campaign.getId().toString(), campaign.isExcludeOptouts(), campaign.isShortenUrls()));
        try {
            AcceptedMessage accepted = messages.accept(command);
            if (accepted.willBeSent()) {
                recipient.released(accepted.id());
                return true;
            }
            recipient.refused(RecipientStatus.OPTED_OUT, "the recipient opted out of this account's messages", accepted.id());
            return true;
        } catch (SendRejectedException e) {
            recipient.refused(RecipientStatus.INVALID, e.getMessage(), null);
            return false;
        }
    }
}
