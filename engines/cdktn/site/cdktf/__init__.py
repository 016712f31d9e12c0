"""`cdktf`, answered by CDK Terrain (`cdktn`): the app imports `cdktf`, and runs unchanged on
its fork. Only on the path of the cdktn environment (`make ... CDK=cdktn`, and the app
command of engines/cdktn/cdktf.json); a team moving for good renames its imports instead
(docs/scw.md, CDK Terrain)."""

import sys

import cdktn

sys.modules[__name__] = cdktn
