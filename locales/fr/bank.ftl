### The quiz's questions and their answers (the question bank). Message ids
### come from the item ids in src/domain/quiz/questions.rs: q-<id> is the
### question, q-<id>-<n> its n-th answer in the bank's order.

## The answers of count and statement questions.

answer-number-1 = Aucune
answer-number-2 = Une
answer-number-3 = Deux
answer-number-4 = Trois
answer-number-5 = Quatre ou plus
answer-people-1 = Aucune
answer-people-2 = Une ou deux
answer-people-3 = Environ la moitié
answer-people-4 = La plupart
answer-people-5 = Toutes
answer-events-1 = Aucun
answer-events-2 = Quelques-uns
answer-events-3 = Environ la moitié
answer-events-4 = La plupart
answer-events-5 = Tous
# The sixth answer of every count question; it counts as no answer.
answer-no-event = Je n’ai participé à aucun événement pendant cette période.
answer-agreement-1 = Pas du tout d’accord
answer-agreement-2 = Pas d’accord
answer-agreement-3 = Ni d’accord ni pas d’accord
answer-agreement-4 = D’accord
answer-agreement-5 = Tout à fait d’accord
answer-frequency-1 = Jamais
answer-frequency-2 = Rarement
answer-frequency-3 = Parfois
answer-frequency-4 = Souvent
answer-frequency-5 = Toujours

## The questions the quiz asks, in quiz order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes-v2 = Vous arrivez à une soirée de networking très animée où vous ne connaissez presque personne. Comment occupez-vous les quinze premières minutes ?
q-scene-first-minutes-v2-1 = Faire rapidement le tour de la salle pour voir qui est là, et saluer le plus de monde possible avant de vous poser quelque part.
q-scene-first-minutes-v2-2 = Commencer par la personne la plus proche, lui demander ce qu’elle fait, échanger vos cartes, puis passer au prochain visage avenant.
q-scene-first-minutes-v2-3 = Prendre un verre et vous installer avec une ou deux personnes que vous connaissez déjà ; un début détendu vous met de bonne humeur pour la soirée.
q-scene-first-minutes-v2-4 = Rejoindre un petit groupe et expliquer ouvertement en quoi consiste votre activité et le type de clientèle que vous espérez rencontrer.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-pitched = Pensez au dernier événement auquel vous avez participé au cours des trois derniers mois. Dans combien de vos conversations sur place avez-vous évoqué du travail que vous espériez obtenir de la personne en face de vous ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open-v2 = L’équipe organisatrice annonce que le buffet est ouvert.
q-scene-buffet-open-v2-1 = Continuer à circuler : pendant que la salle fait la queue au buffet, vous pouvez aller voir les personnes que vous vouliez encore rencontrer.
q-scene-buffet-open-v2-2 = Faire la queue, discuter avec la personne à côté de vous, et distribuer quelques cartes au passage sans trop savoir à qui.
q-scene-buffet-open-v2-3 = Emporter une assiette bien remplie à une table tranquille et savourer un vrai repas avec la personne qui vous accompagne ; bien manger fait partie de ce qui fait qu’une soirée en vaut la peine.
q-scene-buffet-open-v2-4 = Faire la queue et dire franchement à la personne à côté de vous ce que vous faites, en espérant qu’elle connaisse quelqu’un qui en a besoin.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-wrote = Pensez au dernier événement auquel vous avez participé au cours des trois derniers mois. Parmi les personnes avec qui vous y avez parlé, à combien avez-vous écrit personnellement dans la semaine qui a suivi ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-introduced = Au cours des trois derniers mois, combien de fois avez-vous mis en relation deux personnes que vous connaissez parce que cela pouvait aider l’une d’elles, sans rien y gagner vous-même ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request-v2 = Une personne avec qui vous parlez depuis cinq minutes vous demande votre carte.
q-scene-card-request-v2-1 = Échanger vos cartes, dire que c’était un plaisir, et passer à la suite ; il y a d’autres personnes que vous voulez voir avant de partir.
q-scene-card-request-v2-2 = Lui en donner deux, dont une à transmettre à quelqu’un de son entourage, et lui demander aussi deux des siennes.
q-scene-card-request-v2-3 = Lui en tendre une avec le sourire, bavarder encore un peu du lieu et du buffet, puis retourner auprès des personnes qui vous accompagnent.
q-scene-card-request-v2-4 = La lui donner et décrire le type de clientèle que vous recherchez, en lui demandant de vous adresser les personnes qui correspondent.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-checked = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien avez-vous choisis après avoir vérifié qui les organisait, qui les sponsorisait et qui allait sans doute y venir ?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-before = Pensez au dernier événement auquel vous avez participé au cours des trois derniers mois. Si vous ne deviez retenir qu’une seule de ces choses faites avant d’y aller, laquelle se rapproche le plus de ce que vous avez fait ?
q-practice-before-1 = Vous avez défini ce que serait une bonne soirée : deux ou trois vraies nouvelles rencontres, en laissant les affaires pour plus tard.
q-practice-before-2 = Vous avez bloqué une heure dans votre agenda le lendemain, pour écrire aux personnes que vous alliez rencontrer.
q-practice-before-3 = Vous avez repéré un contact ou un conseil à offrir à une personne que vous pensiez y croiser.
q-practice-before-4 = Vous avez vérifié qui l’organisait et qui venait, pour vous assurer que l’événement valait bien une soirée.
q-practice-before-5 = Vous avez décidé qui vous vouliez rencontrer en priorité : une ou deux personnes, ou un ou deux types de contacts.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk-v2 = Une personne invitée commence une intervention de vingt minutes sur l’avenir de votre secteur.
q-scene-guest-talk-v2-1 = Serrer la main de la personne invitée avant tout le monde et échanger vos cartes à la fin de l’intervention, puis filer à votre prochain rendez-vous.
q-scene-guest-talk-v2-2 = Applaudir chaleureusement, puis vous tourner vers les personnes autour de vous, cartes en main, et demander à chacune ce qu’elle fait.
q-scene-guest-talk-v2-3 = Vous installer et profiter de l’intervention, puis comparer vos passages préférés autour d’un verre avec la personne qui vous accompagne.
q-scene-guest-talk-v2-4 = Aller voir la personne invitée à la fin, lui expliquer assez longuement en quoi le sujet touche votre propre activité, et lui demander si elle pourrait vous mettre en relation avec quelques contacts susceptibles de faire appel à vous.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-met-again = Au cours des trois derniers mois, combien de personnes rencontrées pour la première fois lors d’un événement avez-vous revues simplement pour mieux les connaître, sans rien à vendre ni à demander ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-untouched = Pensez au dernier événement auquel vous avez participé au cours des trois derniers mois. Parmi les cartes et coordonnées que vous en avez rapportées, combien dorment encore, sans message envoyé ni note prise ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do-v2 = Une personne vous demande : « Et vous, vous faites quoi ? »
q-scene-what-you-do-v2-1 = Faire un pitch net de trente secondes, échanger vos coordonnées, et faire avancer la conversation.
q-scene-what-you-do-v2-2 = Vous lancer avec un réel enthousiasme dans la présentation de votre activité, lui tendre votre carte, puis lui demander ce qu’elle fait.
q-scene-what-you-do-v2-3 = Répondre en une phrase, puis passer à un sujet qui vous plaît à vous deux, comme le lieu ou le buffet ; ce soir, c’est une pause loin du travail.
q-scene-what-you-do-v2-4 = Expliquer simplement ce que vous faites, et demander tout de suite si elle connaît quelqu’un qui pourrait en avoir besoin.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-asked-first = Au cours des trois derniers mois, à combien de personnes rencontrées lors d’événements avez-vous demandé une recommandation ou une mise en relation avant d’avoir fait quoi que ce soit pour elles ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-free-food = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien avez-vous choisis surtout parce qu’ils étaient gratuits, ou pour le buffet et les boissons ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in-v2 = Un événement de deux heures a commencé il y a une heure. Où en êtes-vous ?
q-scene-one-hour-in-v2-1 = En route vers la sortie : vous avez vu les personnes que vous vouliez voir, et l’on vous attend ailleurs.
q-scene-one-hour-in-v2-2 = Toujours en train de passer d’un groupe à l’autre, avec encore quelques cartes à distribuer avant la fin.
q-scene-one-hour-in-v2-3 = En pleines retrouvailles avec deux vieilles connaissances croisées par hasard ; vous n’avez pas autant ri de la semaine.
q-scene-one-hour-in-v2-4 = Toujours dans votre première conversation, devenue un échange à cœur ouvert sur votre activité et son avenir.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-by-cards = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien avez-vous jugés surtout au nombre de cartes ou de contacts que vous en avez rapportés ?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-conversation = Pensez à la meilleure conversation que vous avez eue lors du dernier événement auquel vous avez participé au cours des trois derniers mois. Laquelle de ces descriptions correspond le mieux à son déroulement ?
q-practice-conversation-1 = Avant de vous quitter, vous avez convenu d’une prochaine étape : un appel ou un café, avec une date.
q-practice-conversation-2 = Vous avez compris ce dont l’autre personne avait besoin et lui avez parlé de quelqu’un qui pouvait l’aider.
q-practice-conversation-3 = Vous avez comparé vos avis sur les événements de la ville qui valent bien une soirée, et pourquoi.
q-practice-conversation-4 = C’était l’une des personnes que vous teniez à rencontrer, et vous l’aviez cherchée exprès.
q-practice-conversation-5 = Vous avez appris à vous connaître vraiment, et laissé les affaires pour un autre jour.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime-v2 = Une personne que vous venez de rencontrer vous dit : « Il faudrait qu’on prenne un café un de ces jours. »
q-scene-coffee-sometime-v2-1 = Répondre « Bien sûr », échanger vos coordonnées et passer à la suite ; vous entendez cette phrase une douzaine de fois par soirée.
q-scene-coffee-sometime-v2-2 = Accepter chaleureusement et ajouter sa carte à votre pile qui grossit, en comptant régler les détails plus tard.
q-scene-coffee-sometime-v2-3 = Répondre chaleureusement qu’il serait agréable que vos chemins se recroisent ; ce soir, vous êtes là pour vous détendre, pas pour remplir votre agenda.
q-scene-coffee-sometime-v2-4 = Répondre que ce serait avec plaisir, et lui parler tout de suite du type de clientèle que vous aimeriez qu’elle vous envoie.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-week-after = Dans la semaine qui a suivi le dernier événement auquel vous avez participé au cours des trois derniers mois, laquelle de ces choses avez-vous faite en premier ?
q-practice-week-after-1 = Vous avez mis en relation deux personnes que vous connaissez et qui pouvaient s’entraider.
q-practice-week-after-2 = Vous avez décidé, d’après le public présent, si cet événement mérite que vous y retourniez.
q-practice-week-after-3 = Vous avez noté ce que la soirée vous a apporté au regard des heures qu’elle vous a prises.
q-practice-week-after-4 = Vous avez convenu de revoir une personne, simplement pour mieux la connaître.
q-practice-week-after-5 = Vous avez écrit un petit mot personnel aux personnes avec qui vous aviez parlé.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-noted-roi = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, pour combien avez-vous noté ensuite ce que l’événement vous a apporté au regard des heures qu’il vous a prises ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand-v2 = Sur un salon professionnel, une personne qui visite votre stand vous dit : « Il faut que vous m’appeliez, j’ai un projet urgent. »
q-scene-trade-stand-v2-1 = Scanner son badge, l’ajouter à la liste de relance avec tous les autres contacts, et accueillir la personne suivante.
q-scene-trade-stand-v2-2 = Y voir la piste la plus prometteuse de la journée, lui donner une brochure et deux cartes, et annoncer la nouvelle à votre équipe.
q-scene-trade-stand-v2-3 = La remercier chaleureusement et prendre sa carte sans vous emballer, puis retourner bavarder avec l’équipe sympathique du stand voisin.
q-scene-trade-stand-v2-4 = La prendre au mot et passer tout le projet en revue sur-le-champ ; une bonne piste suffit à rentabiliser le salon.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-counted-lead = Au cours des trois derniers mois, combien de fois avez-vous compté sur du travail venant d’une personne tout juste rencontrée lors d’un événement (en lui réservant du temps, en l’annonçant à votre équipe ou en l’intégrant à vos plans) avant même de lui avoir reparlé ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after-v2 = C’est le lendemain d’un événement, et de nouvelles cartes sont posées sur votre bureau.
q-scene-morning-after-v2-1 = Ajouter tout le monde d’un coup à vos contacts et à votre liste de diffusion, puis regarder quel est le prochain événement.
q-scene-morning-after-v2-2 = Les étaler, repenser aux conversations amusantes, et vous promettre d’écrire bientôt à tout le monde.
q-scene-morning-after-v2-3 = Il n’y en a que deux ou trois ; la soirée a été une pause agréable avec des gens que vous appréciez, et c’est tout ce que vous en attendiez.
q-scene-morning-after-v2-4 = Écrire un long message chaleureux à chaque personne que vous avez appréciée, en présentant votre activité et en demandant qui elle pourrait vous recommander.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-waiting = En ce moment, combien de personnes rencontrées lors d’événements au cours des trois derniers mois attendent depuis plus d’une semaine votre réponse à leur message ?

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-choosing = La dernière fois que vous avez choisi entre deux événements au cours des trois derniers mois, qu’est-ce qui a fait pencher la balance ?
q-practice-choosing-1 = Lequel attirerait le public que vous visez, à en juger par qui l’organisait et par la liste des personnes inscrites.
q-practice-choosing-2 = Lequel servait l’objectif que vous vous étiez fixé pour ces semaines-là.
q-practice-choosing-3 = Celui où vous pourriez bien connaître quelques personnes, même sans travail à la clé dans l’immédiat.
q-practice-choosing-4 = Celui où vous retrouveriez des personnes déjà rencontrées, à qui vous aviez promis de reparler.
q-practice-choosing-5 = Celui où vous pourriez être le plus utile à des personnes que vous connaissez, par une mise en relation ou un conseil.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night-v2 = On vous invite à une grande soirée de networking, gratuite, ouverte à tout le monde et sans programme.
q-scene-open-night-v2-1 = Y aller : une foule nombreuse, c’est beaucoup de contacts en très peu de temps.
q-scene-open-night-v2-2 = Y aller : chaque nouveau visage est une occasion, alors vous emportez beaucoup de cartes.
q-scene-open-night-v2-3 = Y aller : quelques visages amis seront là, et une soirée tranquille en bonne compagnie est une belle façon de finir la semaine.
q-scene-open-night-v2-4 = Y aller : vous y rencontrerez peut-être une personne prête à vous confier du travail.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-needs-first = Pensez au dernier événement auquel vous avez participé au cours des trois derniers mois. Dans combien de vos conversations avez-vous dit ce que vous cherchiez avant de demander ce dont l’autre personne avait besoin ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-open-mixer = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien étaient de grandes soirées de networking ouvertes à tout le monde, sans intervention ni programme ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event-v2 = Cette semaine, vous n’avez de place que pour un seul événement. Lequel choisissez-vous ?
q-scene-pick-event-v2-1 = Le plus grand : plus il y a de monde dans la salle, plus vous faites de contacts utiles en une soirée.
q-scene-pick-event-v2-2 = Celui qui a l’air le plus animé ; vous découvrez encore quel genre d’événement vous convient.
q-scene-pick-event-v2-3 = Celui avec un bon buffet et des visages familiers, où vous pourrez décompresser en bonne compagnie après une semaine difficile.
q-scene-pick-event-v2-4 = Celui où vous espérez qu’une personne vous enverra enfin une recommandation.

# A practice question: the question, then five answers, each a good practice (shown shuffled; they should look equally good).
q-practice-most = Si vous repensez aux événements auxquels vous avez participé au cours des trois derniers mois, laquelle de ces choses avez-vous faite le plus régulièrement ?
q-practice-most-1 = Vous aviez un objectif en y allant, et vous avez fait ensuite le bilan de ce que les événements vous ont apporté.
q-practice-most-2 = Vous avez vu chaque première rencontre comme le début d’une relation, pas comme une vente.
q-practice-most-3 = Vous avez écrit à vos nouveaux contacts dans les deux jours et fixé une date pour chaque café.
q-practice-most-4 = Vous avez proposé votre aide ou une mise en relation avant de demander quoi que ce soit.
q-practice-most-5 = Vous avez choisi les événements selon l’équipe organisatrice, leur public et leur programme.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-out-of-habit = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien faisaient partie de vos habitudes, sans raison personnelle d’aller à celui-là en particulier ?

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting-v2 = Un contact de la semaine dernière a accepté de prendre un café avec vous.
q-scene-coffee-meeting-v2-1 = Le caser entre deux autres rendez-vous et vous en tenir à vingt minutes bien rythmées.
q-scene-coffee-meeting-v2-2 = Arriver avec l’envie de tout lui raconter sur votre activité, et voir où cela mène.
q-scene-coffee-meeting-v2-3 = En faire une pause agréable : parler vacances et famille, et si les affaires ne viennent jamais sur le tapis, cela vous va très bien.
q-scene-coffee-meeting-v2-4 = Lui dire ouvertement que vous cherchez à élargir votre clientèle et que toute recommandation de sa part serait précieuse.
