### Questions of earlier versions of the quiz, no longer asked. A result made
### with them still shows them under "why you got this result". Message ids:
### q-<id> is the question, q-<id>-<n> its n-th answer in the bank's order.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-arrival = Vous arrivez à une soirée de networking où vous ne connaissez personne. Que faites-vous pendant les dix premières minutes ?
q-scene-arrival-1 = Repérer les personnes les plus utiles et faire rapidement le tour de la salle pour toutes les rencontrer.
q-scene-arrival-2 = Aller vers la personne la plus proche, carte déjà en main, et lui demander ce qu’elle fait.
q-scene-arrival-3 = Prendre un verre au bar et trouver un coin tranquille d’où observer la salle.
q-scene-arrival-4 = Rejoindre un petit groupe, écouter un moment, puis dire honnêtement ce que vous faites et ce que vous espérez trouver.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet = L’équipe organisatrice annonce que le buffet est ouvert.
q-scene-buffet-1 = Passer votre tour : la file avance lentement et il reste des personnes à rencontrer.
q-scene-buffet-2 = Faire la queue et donner une carte à la personne qui se trouve à côté de vous.
q-scene-buffet-3 = Ça tombe à pic. Vous remplissez une assiette et vous vous installez pour la soirée.
q-scene-buffet-4 = Faire la queue et demander à la personne à côté de vous ce qui l’amène ici.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card = Une personne rencontrée il y a cinq minutes vous demande votre carte de visite.
q-scene-card-1 = Échanger rapidement vos cartes et passer à la suite ; il reste trente personnes à voir.
q-scene-card-2 = Lui en donner deux, au cas où elle connaîtrait quelqu’un d’autre qui aurait besoin de vous.
q-scene-card-3 = Tâter vos poches, reconnaître que vous n’en avez pas pris, et revenir à votre verre.
q-scene-card-4 = La lui donner, et lui demander quel type de clientèle ou de partenariat il serait utile de lui présenter.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-speaker = Une personne invitée commence une courte intervention sur l’avenir de votre secteur.
q-scene-speaker-1 = Profiter de l’intervention pour vous éclipser : vous avez déjà rencontré toutes les personnes qui valaient la peine.
q-scene-speaker-2 = Écouter poliment tout en feuilletant les cartes que vous avez récoltées.
q-scene-speaker-3 = Rester au fond, près des petits fours, jusqu’à la fin.
q-scene-speaker-4 = Écouter attentivement et noter une question à poser ensuite à la personne qui intervient.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning = C’est le lendemain d’un événement, et une pile de nouvelles cartes est posée sur votre bureau.
q-scene-morning-1 = Les ajouter toutes d’un coup à vos contacts et regarder quel est le prochain événement.
q-scene-morning-2 = Ranger la pile dans un tiroir ; vous vous en occuperez quand ce sera plus calme.
q-scene-morning-3 = Quelle pile ? Vous avez fait un bon repas et n’avez pas rapporté une seule carte.
q-scene-morning-4 = Écrire un mot chaleureux aux personnes qui vous ont plu, en espérant qu’elles répondent.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pitch = Une personne vous demande : « Et vous, vous faites quoi ? »
q-scene-pitch-1 = Dérouler un pitch soigné de vingt secondes et lui demander sa carte.
q-scene-pitch-2 = Lui parler de votre activité en détail, puis lui retourner la question.
q-scene-pitch-3 = Rester vague et orienter la conversation vers le vin.
q-scene-pitch-4 = Expliquer ouvertement, et dire combien une recommandation compterait pour vous.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-hour = Un événement de deux heures a commencé il y a une heure. Où en êtes-vous ?
q-scene-hour-1 = Sur le départ : vous avez vu les personnes que vous vouliez voir.
q-scene-hour-2 = Toujours en train d’aller d’une personne à l’autre, avec encore quelques cartes à distribuer.
q-scene-hour-3 = Au buffet, à votre deuxième assiette.
q-scene-hour-4 = En pleine conversation depuis longtemps avec une personne que vous venez tout juste de rencontrer.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee = Une personne que vous venez de rencontrer vous dit : « Il faudrait qu’on prenne un café un de ces jours. »
q-scene-coffee-1 = Répondre « Absolument » et continuer votre chemin ; vous dites ça à tout le monde.
q-scene-coffee-2 = Accepter avec enthousiasme, mais partir sans fixer de date.
q-scene-coffee-3 = Dire que vous reprendrez contact et vous retourner vers le plateau de fromages.
q-scene-coffee-4 = Répondre que ce serait avec plaisir, proposer un jour, et espérer qu’elle le pense encore.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-invite = On vous invite à une grande soirée de networking, gratuite, ouverte à tout le monde et sans programme.
q-scene-invite-1 = Y aller : une foule nombreuse, c’est beaucoup de nouveaux contacts en peu de temps.
q-scene-invite-2 = Y aller : cela semble un bon moyen d’apprendre comment fonctionne le networking.
q-scene-invite-3 = Y aller : l’invitation annonce un open bar.
q-scene-invite-4 = Y aller, en espérant rencontrer une personne qui vous enverra du travail.

# A statement rated on an agreement or frequency scale.
q-goal-ask = Je demande aux gens une aide précise, par exemple « Je cherche quelqu’un de compétent en graphisme ».

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-first-minutes = Vous arrivez à une soirée de networking très animée où vous ne connaissez presque personne. Comment occupez-vous les quinze premières minutes ?
q-scene-first-minutes-1 = Faire rapidement le tour de la salle pour voir qui est là, et saluer le plus de monde possible avant de vous poser quelque part.
q-scene-first-minutes-2 = Commencer par la personne la plus proche, lui demander ce qu’elle fait, échanger vos cartes, puis passer au prochain visage avenant.
q-scene-first-minutes-3 = Prendre un verre, retrouver une ou deux personnes que vous connaissez déjà, et entrer dans la soirée en douceur avec elles.
q-scene-first-minutes-4 = Rejoindre un petit groupe et expliquer ouvertement en quoi consiste votre activité et le type de clientèle que vous espérez rencontrer.

# A statement rated on an agreement or frequency scale.
q-expect-business = Quand je vais à un événement de networking, je m’attends à en revenir avec de nouvelles affaires.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-buffet-open = L’équipe organisatrice annonce que le buffet est ouvert.
q-scene-buffet-open-1 = Continuer à circuler : pendant que la salle fait la queue au buffet, vous pouvez aller voir les personnes que vous vouliez encore rencontrer.
q-scene-buffet-open-2 = Faire la queue, discuter avec la personne à côté de vous, et distribuer quelques cartes au passage sans trop savoir à qui.
q-scene-buffet-open-3 = Emporter une assiette bien remplie à une table et savourer un vrai repas ; la bonne cuisine fait partie de ce qui fait qu’une soirée en vaut la peine.
q-scene-buffet-open-4 = Faire la queue et dire franchement à la personne à côté de vous ce que vous faites, en espérant qu’elle connaisse quelqu’un qui en a besoin.

# A statement rated on an agreement or frequency scale.
q-followup-thanks = Après un événement, j’envoie un petit mot de remerciement aux personnes avec qui j’ai parlé.

# A statement rated on an agreement or frequency scale.
q-giving-introduce = Je présente les personnes que je rencontre à quelqu’un qui pourrait les aider, sans rien attendre en retour.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-card-request = Une personne avec qui vous parlez depuis cinq minutes vous demande votre carte.
q-scene-card-request-1 = Échanger vos cartes, dire que c’était un plaisir, et passer à la suite ; il y a d’autres personnes que vous voulez voir avant de partir.
q-scene-card-request-2 = Lui en donner deux, dont une à transmettre à quelqu’un de son entourage, et lui demander aussi deux des siennes.
q-scene-card-request-3 = Lui en tendre une avec le sourire, bavarder encore un peu, puis rejoindre les collègues de longue date qui vous accompagnent.
q-scene-card-request-4 = La lui donner et décrire le type de clientèle que vous recherchez, en lui demandant de vous adresser les personnes qui correspondent.

# A statement rated on an agreement or frequency scale.
q-choice-free = Je vais à tous les événements auxquels on m’invite, du moment qu’ils sont gratuits.

# A statement rated on an agreement or frequency scale.
q-goal-target = J’arrive à un événement avec un objectif clair, par exemple une personne ou un type de contact que je veux rencontrer.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-guest-talk = Une personne invitée commence une intervention de vingt minutes sur l’avenir de votre secteur.
q-scene-guest-talk-1 = Serrer la main de la personne invitée avant tout le monde et échanger vos cartes à la fin de l’intervention, puis filer à votre prochain rendez-vous.
q-scene-guest-talk-2 = Applaudir chaleureusement, puis vous tourner vers les personnes autour de vous, cartes en main, et demander à chacune ce qu’elle fait.
q-scene-guest-talk-3 = Profiter de l’intervention depuis une bonne place, un verre à la main, et en discuter ensuite avec la personne qui vous accompagne.
q-scene-guest-talk-4 = Remercier la personne invitée à la fin, lui dire honnêtement en quoi le sujet touche votre propre activité, et lui demander à qui vous devriez parler.

# A statement rated on an agreement or frequency scale.
q-expect-relationship = Je vois un événement comme le premier pas vers une relation, pas comme une occasion de vendre.

# A statement rated on an agreement or frequency scale.
q-followup-pile = Les cartes que je récolte finissent en pile, et je recontacte rarement ces personnes.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-what-you-do = Une personne vous demande : « Et vous, vous faites quoi ? »
q-scene-what-you-do-1 = Faire un pitch net de trente secondes, échanger vos coordonnées, et faire avancer la conversation.
q-scene-what-you-do-2 = Vous lancer avec un réel enthousiasme dans la présentation de votre activité, lui tendre votre carte, puis lui demander ce qu’elle fait.
q-scene-what-you-do-3 = Faire court et passer à un sujet qui vous plaît à vous deux, comme le lieu ou le buffet ; le travail peut attendre lundi.
q-scene-what-you-do-4 = Expliquer simplement ce que vous faites, et demander tout de suite si elle connaît quelqu’un qui pourrait en avoir besoin.

# A statement rated on an agreement or frequency scale.
q-giving-wait = J’attends qu’une personne m’envoie une recommandation avant de lui en envoyer une.

# A statement rated on an agreement or frequency scale.
q-choice-check = Avant de m’inscrire à un événement, je vérifie qui l’organise, qui le sponsorise et qui va sans doute y venir.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-one-hour-in = Un événement de deux heures a commencé il y a une heure. Où en êtes-vous ?
q-scene-one-hour-in-1 = En route vers la sortie : vous avez vu les personnes que vous vouliez voir, et l’on vous attend ailleurs.
q-scene-one-hour-in-2 = Toujours en train de passer d’un groupe à l’autre, avec encore quelques cartes à distribuer avant la fin.
q-scene-one-hour-in-3 = À une table avec deux vieilles connaissances croisées par hasard ; c’est devenu de belles retrouvailles.
q-scene-one-hour-in-4 = Toujours dans votre première conversation, devenue un échange à cœur ouvert sur votre activité et son avenir.

# A statement rated on an agreement or frequency scale.
q-goal-cards = Je juge un événement au nombre de cartes que je rapporte.

# A statement rated on an agreement or frequency scale.
q-followup-coffee = Quand une personne propose de prendre un café, je fixe une date dans les jours qui suivent.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-sometime = Une personne que vous venez de rencontrer vous dit : « Il faudrait qu’on prenne un café un de ces jours. »
q-scene-coffee-sometime-1 = Répondre « Bien sûr », échanger vos coordonnées et passer à la suite ; vous entendez cette phrase une douzaine de fois par soirée.
q-scene-coffee-sometime-2 = Accepter chaleureusement et ajouter sa carte à votre pile qui grossit, en comptant régler les détails plus tard.
q-scene-coffee-sometime-3 = Sourire et répondre « peut-être » ; vous êtes là pour une soirée détendue, pas pour remplir votre agenda de nouveaux rendez-vous.
q-scene-coffee-sometime-4 = Répondre que ce serait avec plaisir, et lui parler tout de suite du type de clientèle que vous aimeriez qu’elle vous envoie.

# A statement rated on an agreement or frequency scale.
q-giving-help-first = Dans une conversation, je demande comment je pourrais aider avant de parler de ce dont j’ai besoin.

# A statement rated on an agreement or frequency scale.
q-choice-learn = Je préfère les événements avec une conférence ou un atelier où j’apprends quelque chose auprès d’une personne experte.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-trade-stand = Sur un salon professionnel, une personne qui visite votre stand vous dit : « Il faut que vous m’appeliez, j’ai un projet urgent. »
q-scene-trade-stand-1 = Scanner son badge, l’ajouter à la liste de relance avec tous les autres contacts, et accueillir la personne suivante.
q-scene-trade-stand-2 = Y voir la piste la plus prometteuse de la journée, lui donner une brochure et deux cartes, et annoncer la nouvelle à votre équipe.
q-scene-trade-stand-3 = Acquiescer et prendre sa carte ; vous êtes surtout là pour tenir le stand et prendre des nouvelles de l’équipe d’à côté.
q-scene-trade-stand-4 = La prendre au mot et passer tout le projet en revue sur-le-champ ; une bonne piste suffit à rentabiliser le salon.

# A statement rated on an agreement or frequency scale.
q-expect-hot-lead = Quand une personne tout juste rencontrée me dit « Appelez-moi, j’ai un projet pour vous », je compte sur cet appel pour décrocher du travail.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-morning-after = C’est le lendemain d’un événement, et de nouvelles cartes sont posées sur votre bureau.
q-scene-morning-after-1 = Ajouter tout le monde d’un coup à vos contacts et à votre liste de diffusion, puis regarder quel est le prochain événement.
q-scene-morning-after-2 = Les étaler, repenser aux conversations amusantes, et vous promettre d’écrire bientôt à tout le monde.
q-scene-morning-after-3 = Il n’y en a que deux ou trois ; la soirée a été une pause agréable avec des gens que vous appréciez, et c’est ce que vous vouliez.
q-scene-morning-after-4 = Écrire un long message chaleureux à chaque personne que vous avez appréciée, en présentant votre activité et en demandant qui elle pourrait vous recommander.

# A statement rated on an agreement or frequency scale.
q-followup-requests = Les messages des personnes rencontrées lors d’un événement attendent une semaine ou plus avant que j’y réponde.

# A statement rated on an agreement or frequency scale.
q-goal-roi = Je vérifie si les heures que je passe à des événements débouchent vraiment sur quelque chose.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-open-night = On vous invite à une grande soirée de networking, gratuite, ouverte à tout le monde et sans programme.
q-scene-open-night-1 = Y aller : une foule nombreuse, c’est beaucoup de contacts en très peu de temps.
q-scene-open-night-2 = Y aller : chaque nouveau visage est une occasion, alors vous emportez beaucoup de cartes.
q-scene-open-night-3 = Y aller : quelques visages amis seront là, et c’est une façon détendue de finir la semaine.
q-scene-open-night-4 = Y aller : vous y rencontrerez peut-être une personne prête à vous confier du travail.

# A statement rated on an agreement or frequency scale.
q-giving-ask-early = Je demande des recommandations à mes nouveaux contacts avant d’avoir fait quoi que ce soit pour eux.

# A statement rated on an agreement or frequency scale.
q-choice-paid = Je laisse de côté les événements payants : rencontrer des gens ne devrait pas coûter d’argent.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-pick-event = Cette semaine, vous n’avez de place que pour un seul événement. Lequel choisissez-vous ?
q-scene-pick-event-1 = Le plus grand : plus il y a de monde dans la salle, plus vous faites de contacts utiles en une soirée.
q-scene-pick-event-2 = Celui qui a l’air le plus animé ; vous découvrez encore quel genre d’événement vous convient.
q-scene-pick-event-3 = Celui où vous retrouverez des visages familiers et pourrez décompresser après une semaine difficile.
q-scene-pick-event-4 = Celui où vous espérez qu’une personne vous enverra enfin une recommandation.

# A statement rated on an agreement or frequency scale.
q-expect-trust = Je m’attends à ce qu’un nouveau contact ait besoin de me rencontrer plusieurs fois avant de transmettre une recommandation.

# A statement rated on an agreement or frequency scale.
q-goal-habit = Je continue d’aller aux mêmes événements par habitude, même quand rien n’en est sorti depuis longtemps.

# A scene: the question, then its four answers (shown shuffled; each answer is one way of behaving, none should read as the right one).
q-scene-coffee-meeting = Un contact de la semaine dernière a accepté de prendre un café avec vous.
q-scene-coffee-meeting-1 = Le caser entre deux autres rendez-vous et vous en tenir à vingt minutes bien rythmées.
q-scene-coffee-meeting-2 = Arriver avec l’envie de tout lui raconter sur votre activité, et voir où cela mène.
q-scene-coffee-meeting-3 = Profiter d’une discussion détendue et la laisser vagabonder ; si les affaires arrivent sur le tapis, tant mieux, mais vous ne forcerez rien.
q-scene-coffee-meeting-4 = Lui dire ouvertement que vous cherchez à élargir votre clientèle et que toute recommandation de sa part serait précieuse.

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-goal-decided = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, pour combien aviez-vous décidé à l’avance qui ou quoi vous vouliez y trouver ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-followup-coffees = Au cours des trois derniers mois, combien de fois avez-vous réellement pris un café ou eu un appel avec des personnes rencontrées pour la première fois lors d’un événement ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-giving-passed-on = Au cours des trois derniers mois, combien de fois avez-vous transmis un contact, un conseil ou une piste utile à des personnes rencontrées lors d’événements, sans qu’on vous le demande ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-choice-expert = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien comportaient une conférence ou un atelier animé par une personne experte du domaine ?

# A count question: answered with a count (see answer-number-*, answer-people-*, answer-events-*).
q-expect-worth-people = Parmi les événements auxquels vous avez participé au cours des trois derniers mois, combien ont valu la peine à vos yeux grâce aux personnes que vous y avez appris à connaître, quelles que soient les affaires qui en ont découlé ?
