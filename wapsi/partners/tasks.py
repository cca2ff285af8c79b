"""The background work of the partners app: sending one webhook delivery."""

from __future__ import annotations

from django_tasks import task


@task()
def delivery_send_task(delivery_id: int) -> str:
    # Failures are the partner's receiver's, not ours: the delivery records them and schedules
    # its own next attempt (exponential backoff), so the task itself does not fail or retry.
    from wapsi.partners.services import delivery_send

    return delivery_send(delivery_id=delivery_id)
