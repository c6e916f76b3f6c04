"""The facts the reasoning needs: accident, applications, treatments, the akkoordverklaring.

Each fact is read from the sentence that states it; an imprecise date keeps its bounds and
never becomes an exact one. Quoted policy conditions (the annex) are not facts of the case.
One module per fact; `common` holds the sentences and words they share.
"""

from geschil.extract.facts.accident import accident_date, accident_period, denied_dates, happened_on
from geschil.extract.facts.applications import (
    application_argued,
    application_dates,
    application_periods,
    application_received,
    application_sent,
    tells_application,
)
from geschil.extract.facts.approval import prior_approval
from geschil.extract.facts.common import POSITIONS
from geschil.extract.facts.person import age, contracted_provider
from geschil.extract.facts.treatments import treatment_dates

__all__ = [
    "POSITIONS", "accident_date", "accident_period", "age", "application_argued", "application_dates",
    "application_periods", "application_received", "application_sent", "contracted_provider",
    "denied_dates", "happened_on", "prior_approval", "tells_application", "treatment_dates",
]
