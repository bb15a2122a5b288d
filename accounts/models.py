from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    """Users sign in with their e-mail address; there is no separate user name."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> "User":
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username: str | None) -> "User":
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person who signs in: a professional, an organisation editor or a coordinator."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    is_coordinator = models.BooleanField(
        _("coordinator"),
        default=False,
        help_text=_("Coordinators maintain the whole directory of a region."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_case_insensitive"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def save(self, *args, **kwargs) -> None:
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class AccountAction(models.TextChoices):
    LOCK_OUT_LIFTED = "lock_out_lifted", _("Sign-in block lifted")
    SECOND_FACTOR_RESET = "second_factor_reset", _("Authenticator app unlinked")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    AUTHENTICATOR_REPLACED = "authenticator_replaced", _("Authenticator app replaced")
    BACKUP_CODES_REGENERATED = "backup_codes_regenerated", _("New backup codes made")


class AccountEventError(Exception):
    """The account log is append-only."""


class AccountEvent(models.Model):
    """A coordinator's act on someone else's sign-in, or a user's own change to hers (then
    actor and subject are the same): who did what to whose account, and when.

    Append-only: rows are added, never changed or removed. `subject` is empty when the blocked
    e-mail address has no account; the address itself is not kept (no free text here).
    """

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User,
        verbose_name=_("by"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    subject = models.ForeignKey(
        User,
        verbose_name=_("account"),
        related_name="account_events",
        null=True,
        on_delete=models.PROTECT,
    )
    action = models.CharField(_("what"), max_length=30, choices=AccountAction)

    class Meta:
        verbose_name = _("account event")
        verbose_name_plural = _("account events")
        ordering = ["-at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=AccountAction.values), name="account_event_action_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.subject or '-'}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AccountEventError("The account log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AccountEventError("The account log is append-only.")


class NotificationTopic(models.TextChoices):
    """The e-mails a user may choose not to receive. What the law or a family's safety needs
    is not among them, so it cannot be switched off (see ALWAYS_SENT): an opt-out row can only
    name one of these, which the database checks."""

    MESSAGES = "messages", _("Messages and joint-meeting proposals on referrals")
    PROGRESS = "progress", _("Answers and progress on referrals I sent")
    VERIFICATION_DIGEST = (
        "verification_digest",
        _("Reminders to check my organisation's entries in the directory"),
    )


# The e-mails nobody can switch off, with the reason shown on the account page.
ALWAYS_SENT = [
    (
        _("A new referral for my organisation, or one assigned to me"),
        _("A family waits for an answer: the referral must not go unnoticed."),
    ),
    (
        _("A referral withdrawn, or the parent's consent withdrawn"),
        _("The law (GDPR) requires that her data is no longer used from that moment."),
    ),
    (
        _("Information shared without consent (meldcode), for designated officers"),
        _("The designated officer must review every such decision about a child's safety."),
    ),
    (
        _("Invitations, password resets and other messages about my sign-in"),
        _("You need them to keep access to your account safely."),
    ),
]


class NotificationOptOutQuerySet(models.QuerySet["NotificationOptOut"]):
    def wanted(self, addresses: list[str], topic: str | None) -> list[str]:
        """Of these addresses, those that want e-mail about `topic`: all but the accounts that
        opted out of it (an address without an account cannot opt out; nor can anyone from
        an e-mail without a topic). The one place every notification asks."""
        if not topic or not addresses:
            return list(addresses)
        opted_out = set(
            self.filter(topic=topic, user__email__in=[a.lower() for a in addresses]).values_list(
                "user__email", flat=True
            )
        )
        return [address for address in addresses if address.lower() not in opted_out]

    def choose(self, user: User, wanted: list[str]) -> None:
        """`user` wants e-mail about the topics in `wanted` and not about the other ones."""
        with transaction.atomic():
            self.filter(user=user, topic__in=wanted).delete()
            current = set(self.filter(user=user).values_list("topic", flat=True))
            self.bulk_create(
                NotificationOptOut(user=user, topic=topic)
                for topic in NotificationTopic.values
                if topic not in wanted and topic not in current
            )

    def wanted_topics(self, user: User) -> list[str]:
        """The topics `user` receives e-mail about (all but those she switched off)."""
        off = set(self.filter(user=user).values_list("topic", flat=True))
        return [topic for topic in NotificationTopic.values if topic not in off]


class NotificationOptOut(models.Model):
    """A user does not want e-mail about one topic. No row: she gets it (the default)."""

    user = models.ForeignKey(
        User,
        verbose_name=_("user"),
        related_name="notification_opt_outs",
        on_delete=models.CASCADE,
    )
    topic = models.CharField(_("topic"), max_length=30, choices=NotificationTopic)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = NotificationOptOutQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification switched off")
        verbose_name_plural = _("notifications switched off")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="notification_opt_out_once"),
            models.CheckConstraint(
                condition=Q(topic__in=NotificationTopic.values),
                name="notification_opt_out_only_optional_topics",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.topic}"
