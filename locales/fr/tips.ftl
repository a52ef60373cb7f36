### Les conseils de la liste de contrôle : pour chaque style, pour chaque habitude,
### pour garder des habitudes solides, et pour chaque paire de styles (sur un
### résultat partagé, comparé à celui de la personne qui lit). Chaque conseil
### est une consigne adressée à la personne qui lit.

## La liste de contrôle de la page de résultat.

# Le moment de l’événement auquel un conseil s’applique : les trois titres de la liste.
# $phase (String): before, at or after
checklist-phase = { $phase ->
    [before] Avant l’événement
    [at] Pendant l’événement
   *[after] Après l’événement
}
# Où en est la personne dans sa liste : « 3 conseils sur 12 cochés ».
# $done (Number): tips ticked; $total (Number): tips on the list
checklist-progress = { $done ->
    [one] { $done } conseil sur { $total } coché
   *[other] { $done } conseils sur { $total } cochés
}
checklist-print = Imprimer ma liste de contrôle
# Sous un conseil : le style auquel il s’adresse.
# $style (String): pro, rookie, imposter or mensch
checklist-for-style = Pour le type { $style ->
    [pro] { -style-pro }
    [rookie] { -style-rookie }
    [imposter] { -style-imposter }
   *[mensch] { -style-mensch }
}
# Sous un conseil : l’habitude à laquelle il se rapporte.
# $habit (String): expectations, follow-up, giving-first, event-choice or goal-roi
checklist-for-habit = Habitude : { $habit ->
    [expectations] Attentes
    [follow-up] Suivi
    [giving-first] Donner d’abord
    [event-choice] Choix de l’événement
   *[goal-roi] Objectif et retour
}

## Conseils pour chaque style (Pro, Rookie, Imposter, Mensch, dans cet ordre).

tip-pro-three = Choisissez trois personnes avec qui vous voulez avoir une vraie conversation, plutôt que de vous fixer un nombre de cartes à récolter.
tip-pro-linger = Restez dix minutes ou plus dans une bonne conversation : la profondeur vaut mieux qu’un tour de salle au pas de course.
tip-pro-their-goals = Posez une question sur les objectifs de l’autre personne avant de parler des vôtres.
tip-pro-next-step = Dans les deux jours, écrivez aux trois personnes avec qui vous avez parlé le plus longtemps et proposez-leur une prochaine étape concrète.
tip-pro-prune = Une fois par mois, regardez avec qui l’entraide a réellement fonctionné, dans un sens ou dans l’autre, et consacrez votre temps à ces personnes.
tip-rookie-one-sentence = Avant de partir de chez vous, résumez en une phrase ce que vous attendez de la soirée.
tip-rookie-opener = Préparez une meilleure entrée en matière que « Alors, vous faites quoi dans la vie ? », par exemple « Qu’est-ce qui vous amène ce soir ? »
tip-rookie-fewer-cards = Ne donnez votre carte qu’après une conversation qui a vraiment mené quelque part.
tip-rookie-notes = Au dos de chaque carte reçue, notez de quoi vous avez parlé et ce que vous avez promis.
tip-rookie-best-three = Le lendemain matin, triez les cartes et relancez les trois contacts les plus prometteurs avant la fin de la semaine.
tip-imposter-worth-it = N’allez qu’aux événements dont le thème ou le public compte pour votre travail ; laissez de côté ceux où vous iriez pour le buffet.
tip-imposter-target = Fixez-vous un petit objectif : deux vraies conversations d’abord, le buffet ensuite.
tip-imposter-queue = Profitez de la file d’attente du buffet : c’est l’endroit de la salle où il est le plus facile d’engager la conversation.
tip-imposter-answer = Ayez en tête une réponse courte et sympathique pour le moment où l’on vous demande ce que vous faites.
tip-imposter-swap = Si une soirée ne vous a rien apporté, consacrez plutôt la suivante à écrire des mots de remerciement à votre clientèle.
tip-mensch-two-sentences = Entraînez-vous à dire en deux phrases ce que vous faites et qui vous aidez, pour que d’autres puissent le transmettre.
tip-mensch-research = Renseignez-vous sur qui organise l’événement et sur les personnes susceptibles d’y venir, pour pouvoir poser des questions plus pertinentes.
tip-mensch-specific = Demandez quelque chose de précis, par exemple une mise en relation avec un cabinet comptable qui travaille avec des cafés.
tip-mensch-give = Proposez une recommandation ou un contact utile avant d’espérer quoi que ce soit en retour.
tip-mensch-coffee-first = Après un bon premier échange, proposez un café pour découvrir le travail de l’autre personne, et attendez de mieux vous connaître pour demander des recommandations.

## Conseils pour chaque habitude (Attentes, Suivi, Donner d’abord, Choix de l’événement, Objectif et retour).

tip-expect-outcome = Notez ce qu’est pour vous une bonne soirée : quelques conversations prometteuses, pas des contrats signés.
tip-expect-learn = Ne cherchez pas à vendre ; apprenez-en assez sur chaque personne pour savoir si vous souhaitez la revoir.
tip-expect-judge = Jugez un événement sur les relations qu’il fait naître au fil des mois suivants, et non sur les ventes de la semaine.
tip-expect-maybe-lead = Prenez un « Appelez-moi, j’ai un projet » lancé avec enthousiasme sur un stand ou lors d’un cocktail pour un simple « peut-être » : relancez une fois, puis jugez d’après la suite.
tip-expect-one-lead = Avant de payer un stand ou un billet parce qu’« un seul bon contact suffit à l’amortir », faites le compte : combien de contacts de ce genre les précédents vous ont-ils réellement apportés ?
tip-followup-block = Bloquez trente minutes dans votre agenda le lendemain matin de l’événement, pour les relances et rien d’autre.
tip-followup-date = Quand quelqu’un vous dit « Prenons un café », fixez une date sur-le-champ.
tip-followup-48h = Envoyez vos remerciements dans les 48 heures, et répondez à chaque personne qui vous relance.
tip-followup-prepared = Préparez le rendez-vous de suivi : renseignez-vous sur la personne et sur son site web, venez avec des questions et sachez à quoi vous voulez qu’il aboutisse.
tip-giving-two = Pensez à deux personnes de votre réseau que vous pourriez présenter à une nouvelle connaissance.
tip-giving-listen = Soyez à l’écoute de ce dont l’autre personne a besoin, et proposez-lui un contact, un article ou une idée.
tip-giving-first = Avant de demander quoi que ce soit à un nouveau contact, faites pour lui une mise en relation ou une recommandation.
tip-choice-check = Renseignez-vous sur l’organisation, les sponsors et le lieu avant de vous inscrire.
tip-choice-managed = Préférez les événements encadrés, avec une conférence ou un atelier, aux cocktails libres sans programme.
tip-choice-drop = Laissez tomber les événements où votre public ou vos partenaires ne viennent jamais, aussi agréables soient-ils.
tip-choice-paid-try = Essayez les événements payants et ceux qui proposent une conférence ou un atelier : les personnes qui paient ou viennent pour apprendre sont en général là dans un but précis.
tip-choice-keep-going = Quand les événements vous déçoivent, revoyez le choix de ceux où vous allez avant de renoncer au networking pour de bon.
tip-goal-one = Fixez-vous un objectif par événement, par exemple faire la connaissance d’une personne qui travaille avec la même clientèle que vous et pourrait devenir partenaire.
tip-goal-ask = Dites ouvertement quelle aide vous recherchez : on ne peut vous aider que si l’on sait ce dont vous avez besoin.
tip-goal-log = Tenez un registre simple des heures passées et de ce qu’elles ont donné, et faites le point chaque trimestre.
tip-goal-customers = Si toute une saison d’événements n’a rien donné, consacrez ces heures à votre clientèle : remerciez les personnes qui vous font confiance et demandez-leur à qui elles pourraient vous présenter.

## Conseils pour garder des habitudes solides, quand chaque habitude obtient 70 ou plus.

tip-keep-review = Une fois par trimestre, regardez à nouveau quels événements vous ont apporté des relations et du travail, et abandonnez les autres.
tip-keep-one-goal = Continuez à vous fixer un objectif par événement, même pour ceux que vous connaissez bien ; c’est quand elle semble le moins nécessaire que l’habitude se perd le plus vite.
tip-keep-give = Transmettez ce qui fonctionne : présentez à une personne qui débute dans le networking un contact qui lui sera utile, ou montrez-lui comment vous faites vos relances.
tip-keep-slot = Gardez votre créneau de relances dans l’agenda, même les semaines chargées : le suivi est l’habitude qui se perd en premier.
tip-keep-journal = Notez dans le journal les personnes rencontrées et ce que vous leur avez promis, pour qu’un mois chargé ne réduise pas vos habitudes à néant.

## Comment deux styles collaborent au mieux : deux conseils pour chaque paire de styles,
## affichés sous « Pro et Mensch : comment collaborer au mieux ».

pair-tip-pro-pro-1 = À vous deux, vous connaissez tout le monde : chaque mois, offrez-vous mutuellement une vraie mise en relation plutôt que de collectionner encore des noms.
pair-tip-pro-pro-2 = Voyez-vous en tête-à-tête, loin des événements, là où rien ne vous presse de passer à la personne suivante.
pair-tip-pro-rookie-1 = La personne du type { -style-pro } peut signaler les événements qui valent la soirée ; celle du type { -style-rookie } peut lui rappeler de ralentir et de relancer.
pair-tip-pro-rookie-2 = Allez ensemble à un événement : côté { -style-pro }, on fait les présentations ; côté { -style-rookie }, on prend des notes et on envoie les relances.
pair-tip-pro-imposter-1 = Au prochain événement, la personne du type { -style-pro } peut faire entrer celle du type { -style-imposter } dans deux conversations : la personne du type { -style-imposter } y gagne une porte d’entrée, celle du type { -style-pro } un soutien reconnaissant.
pair-tip-pro-imposter-2 = Choisissez un événement encadré, avec une conférence, pour avoir d’autres sujets de conversation que le buffet.
pair-tip-pro-mensch-1 = Vous alliez l’étendue du réseau et la profondeur des liens : laissez la personne du type { -style-pro } faire les présentations, et celle du type { -style-mensch } en faire de vraies relations.
pair-tip-pro-mensch-2 = Après chaque événement, convenez de qui relance qui, pour qu’aucun contact ne se perde entre vous deux.
pair-tip-rookie-rookie-1 = Préparez-vous ensemble : fixez-vous un objectif par personne pour l’événement, et faites le point ensemble à mi-soirée.
pair-tip-rookie-rookie-2 = Fixez-vous un délai de 48 heures pour les relances, et veillez mutuellement à le respecter.
pair-tip-rookie-imposter-1 = Faites un pacte : deux vraies conversations par personne avant que quiconque ne s’approche du buffet.
pair-tip-rookie-imposter-2 = Comparez vos notes le lendemain : en parler ensemble transforme une simple sortie en entraînement.
pair-tip-rookie-mensch-1 = La personne du type { -style-mensch } peut montrer comment une carte devient une conversation ; l’énergie de celle du type { -style-rookie } l’aide à en engager davantage.
pair-tip-rookie-mensch-2 = Avant l’événement, répétez ensemble vos présentations en deux phrases.
pair-tip-imposter-imposter-1 = Choisissez un événement avec un programme de conférences ou d’ateliers et allez-y ensemble : la conférence vous fournira une entrée en matière toute trouvée.
pair-tip-imposter-imposter-2 = Convenez que chaque personne y présente l’autre à quelqu’un de nouveau.
pair-tip-imposter-mensch-1 = La personne du type { -style-mensch } peut présenter celle du type { -style-imposter } à des gens qu’il vaut la peine de rencontrer ; en retour, celle du type { -style-imposter } peut lui montrer comment se sentir à l’aise dans une salle.
pair-tip-imposter-mensch-2 = Retrouvez-vous d’abord autour d’un café et cherchez qui, dans le réseau de l’autre, vous pourriez aider.
pair-tip-mensch-mensch-1 = Les bonnes intentions ne vous manquent pas : passez aux actes et offrez-vous mutuellement une recommandation concrète, sans attendre que l’autre commence.
pair-tip-mensch-mensch-2 = Entraînez-vous à demander quelque chose de précis, et vérifiez mutuellement que vos rendez-vous de suivi sont préparés.
