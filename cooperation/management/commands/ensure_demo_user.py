"""Create, or bring back to a known state, the demo curator account."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create the demo superuser (demo / demo-curator) if it does not exist, or "
        "reset its password and rights if it does. Refuses to run with DEBUG off, "
        "since the password is public, unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")
        parser.add_argument("--password", default="demo-curator")
        parser.add_argument("--email", default="demo@example.org")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off (a known password on a real deployment).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be done without writing anything.",
        )

    def handle(self, *args, username, password, email, force, dry_run, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: refusing to create a superuser with a published "
                "password. Run with DEBUG=1 for a local demo, or pass --force."
            )
        if not password:
            raise CommandError("The password cannot be empty.")
        User = get_user_model()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        action = "Would create" if user is None else "Would reset"
        if dry_run:
            self.stdout.write(f"{action} the superuser {username!r}.")
            return
        with transaction.atomic():
            if user is None:
                User.objects.create_superuser(
                    **{User.USERNAME_FIELD: username},
                    email=email,
                    password=password,
                )
                verb = "Created"
            else:
                user.is_staff = user.is_superuser = user.is_active = True
                user.set_password(password)
                user.save()
                verb = "Reset"
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"{verb} the superuser {username!r}."))
