"""Writes the reader requests for a round of the blind habit reading (docs/habits.md).

usage: python3 scripts/blind-requests.py <round> <questionnaire.md> <first request number>

Each request is self-contained: the questionnaire's path, the person's
description and the two instructions exactly as fixed in docs/habits.md,
and the JSON the reader writes. One reader per person, both modes.
"""
import re
import sys
from pathlib import Path

BLIND = Path("/work/notes/blind")
DOC = Path(__file__).resolve().parent.parent / "docs" / "habits.md"

round_name, questionnaire, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
doc = DOC.read_text()
people = dict(re.findall(r"^\*\*(\w+)\.\*\* (.+?)(?=\n\n)", doc, re.S | re.M))
honest = re.search(r"\*\*Honestly\.\*\* \"(.+?)\"\n\n", doc, re.S).group(1)
good = re.search(r"\*\*To look good\.\*\* \"(.+?)\"\n\n", doc, re.S).group(1)
n_questions = len(re.findall(r"^\*\*Q\d+\.\*\*", Path(questionnaire).read_text(), re.M))

for k, name in enumerate(["Dana", "Sam", "Kim", "Alex", "Robin"]):
    description = " ".join(people[name].split())
    out = {m: BLIND / f"answers-habits-{round_name}-{name.lower()}-{m}.json" for m in ["honest", "good"]}
    request = f"""# Reader request: answer a questionnaire as a described person

You are a reader in a blind reading. Read ONLY the file named below and this request;
do not open any other file, repository or code.

1. Read the questionnaire: `{questionnaire}` ({n_questions} questions, each with lettered options).
2. You are this person, {name}:

   > {description}

3. First pass, honestly. {honest}

   Write your answers to `{out['honest']}` as JSON, exactly in this form, with one entry for each
   of the {n_questions} questions (Q1 to Q{n_questions}) and one capital letter per question:

   ```json
   {{"person": "{name.lower()}", "mode": "honest", "answers": {{"Q1": "B", "Q2": "D"}}}}
   ```

4. Second pass, to look good. {good}

   Write these answers to `{out['good']}` in the same form, with `"mode": "good"`.

5. Write both files completely (valid JSON, all {n_questions} questions), and nothing else. Do not
   explain your answers in the files.
"""
    path = BLIND / f"REQUEST-habits-{first + k}.md"
    path.write_text(request)
    print(path)
